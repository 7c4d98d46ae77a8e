/**
 * The feeds as feed readers take them (two maintained parsers), an
 * article's `updated:` day in its data and the sitemap, and the 404 page kept out of search.
 */
import { parseFeed } from "@rowanmanning/feed-parser";
import * as cheerio from "cheerio";
import { parseJsonFeed } from "feedsmith";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, type StaticServer } from "../helpers/server.ts";
import { createFixture, post, type Fixture } from "../helpers/site.ts";

const SITE = "https://www.kelasitnusantara.id/";
let site: Fixture;

beforeAll(async () => {
  site = await createFixture({
    withPosts: true,
    posts: {
      "diperbarui.md": post({ title: '"Artikel Diperbarui"', date: "2026-01-10", updated: "2026-02-01", tags: "[devops, docker]" }),
      "bertanda.md": post({ title: '"Artikel Bertanda"', date: "2026-01-11", author: '"Sari Wulandari"' }),
    },
  });
  const result = await site.buildHere();
  expect(result.code, result.stderr).toBe(0);
});
afterAll(() => site.dispose());

describe("the Atom feed", () => {
  it("names the site (not itself) as its link, and each entry's publication, update and topics", async () => {
    const feed = parseFeed(await site.read("dist/feed.xml"));
    expect(feed.url).toBe(SITE);
    expect(feed.self).toBe(`${SITE}feed.xml`);
    const entry = feed.items.find((item) => item.title === "Artikel Diperbarui")!;
    expect(entry.url).toBe(`${SITE}blog/diperbarui/`);
    expect(entry.published?.toISOString()).toBe("2026-01-09T17:00:00.000Z");
    expect(entry.updated?.toISOString()).toBe("2026-01-31T17:00:00.000Z");
    expect(entry.categories.map((c) => c.term)).toEqual(["devops", "docker"]);
    expect(feed.items.every((item) => item.published !== null && item.categories.length > 0)).toBe(true);
  });
});

describe("the JSON feed", () => {
  it("parses as JSON Feed 1.1 with dates and tags, and is served as application/feed+json", async () => {
    const feed = parseJsonFeed(JSON.parse(await site.read("dist/feed.json")));
    expect(feed.home_page_url).toBe(SITE);
    const item = feed.items!.find((i) => i.title === "Artikel Diperbarui")!;
    expect([item.date_published, item.date_modified, item.tags]).toEqual([
      "2026-01-10T00:00:00+07:00",
      "2026-02-01T00:00:00+07:00",
      ["devops", "docker"],
    ]);
    const server: StaticServer = await serve(`${site.dir}/dist`);
    const response = await fetch(`${server.url}/feed.json`);
    await server.close();
    expect(response.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
  });
});

describe("an article's updated day", () => {
  it("is its sitemap lastmod; without it, its date is", async () => {
    const $ = cheerio.load(await site.read("dist/sitemap.xml"), { xml: true });
    const lastmod = (path: string) => $(`url:has(> loc:contains("${SITE}${path}")) > lastmod`).text();
    expect(lastmod("blog/diperbarui/")).toBe("2026-02-01");
    expect(lastmod("blog/bertanda/")).toBe("2026-01-11");
  });

  it("is its dateModified; without it, its date is", async () => {
    const ld = async (url: string) => {
      const $ = await site.page(url);
      return $('script[type="application/ld+json"]')
        .map((_, s) => JSON.parse($(s).text()))
        .get()
        .find((d) => d["@type"] === "BlogPosting");
    };
    expect(await ld("/blog/diperbarui/")).toMatchObject({
      datePublished: "2026-01-10T00:00:00+07:00",
      dateModified: "2026-02-01T00:00:00+07:00",
      author: { "@type": "Organization" },
    });
    const seed = await ld("/blog/back-end-developer-pengertian-keahlian-dan-tugasnya/");
    expect(seed.dateModified).toBe(seed.datePublished);
  });
});

describe("an article's author", () => {
  it.each([
    ["its own, a person", "/blog/bertanda/", "Artikel Bertanda", "Sari Wulandari", "Person"],
    ["without one, the editorial team, an organization", "/blog/diperbarui/", "Artikel Diperbarui", "Tim Redaksi", "Organization"],
  ])("is one name in the page, the JSON-LD and both feeds: %s", async (_, url, title, name, type) => {
    const $ = await site.page(url);
    expect($("article .meta").text()).toContain(`· ${name}`);
    const ld = $('script[type="application/ld+json"]')
      .map((_, s) => JSON.parse($(s).text()))
      .get()
      .find((d) => d["@type"] === "BlogPosting");
    expect(ld.author).toMatchObject({ "@type": type, name });
    const atom = parseFeed(await site.read("dist/feed.xml")).items.find((item) => item.title === title)!;
    expect(atom.authors.map((a) => a.name)).toEqual([name]);
    const json = parseJsonFeed(JSON.parse(await site.read("dist/feed.json"))).items!.find((item) => item.title === title)!;
    expect(json.authors?.map((a) => a.name)).toEqual([name]);
  });
});

describe("the 404 page", () => {
  it("asks search engines not to index it, and claims no address", async () => {
    const $ = await site.page("/404.html");
    expect($('meta[name="robots"]').attr("content")).toBe("noindex");
    expect($('meta[property="og:url"], link[rel="canonical"]')).toHaveLength(0);
  });
});

/**
 * One real production build of the project's articles plus fixture articles
 * (enough for two listing pages, and a draft), checked through an HTML parser.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixture, post, type BuildResult, type Fixture } from "../helpers/site.ts";

const SITE_URL = "https://www.kelasitnusantara.id";
const SEED = "/blog/back-end-developer-pengertian-keahlian-dan-tugasnya/";
const SQL = "/blog/sql-pengertian-sejarah-fungsi-perintah-dasar/";
const CLOUD = "/blog/10-penyedia-layanan-cloud-hosting-terbaik/";

let site: Fixture;
let result: BuildResult;

beforeAll(async () => {
  const extra: Record<string, string> = {};
  for (let i = 1; i <= 10; i++) {
    extra[`contoh-${i}.md`] = post({ title: `"Contoh ${i}"`, date: `2021-01-${String(i).padStart(2, "0")}`, tags: "[contoh]" });
  }
  extra["rahasia.md"] = post({ title: '"Draf Rahasia"', draft: "true" });
  site = await createFixture({ withPosts: true, posts: extra });
  result = await site.buildHere();
});
afterAll(() => site.dispose());

const jsonLd = ($: Awaited<ReturnType<Fixture["page"]>>) =>
  $('script[type="application/ld+json"]')
    .map((_, s) => JSON.parse($(s).text()))
    .get() as Record<string, unknown>[];

describe("production build", () => {
  it("succeeds and reports its bundles", () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/site\.css\s+\d+ B\s+\d+ B gzip/);
  });

  it("writes every public URL of the contract", () => {
    for (const path of [
      "index.html",
      "blog/index.html",
      "blog/page/2/index.html",
      `${SEED}index.html`,
      "blog/tag/back-end/index.html",
      "feed.xml",
      "feed.json",
      "sitemap.xml",
      "robots.txt",
      "404.html",
      "favicon.svg",
    ])
      expect(site.exists(`dist/${path.replace(/^\//, "")}`), path).toBe(true);
  });

  it("draws the favicon and the logo from one mark, in the stylesheet's brand colour", async () => {
    const favicon = await site.read("dist/favicon.svg");
    const brand = /--brand:\s*(#[0-9a-f]+);/.exec(await site.read("src/assets/css/tokens.css"))![1];
    expect(favicon).toContain(`fill="${brand}"`);
    const $ = await site.page("/");
    expect(favicon).toContain(`d="${$(".site-header .logo-glyph").attr("d")}"`);
  });

  it("never builds drafts", async () => {
    expect(site.exists("dist/blog/rahasia/index.html")).toBe(false);
    expect(await site.read("dist/feed.xml")).not.toContain("Draf Rahasia");
    expect(await site.read("dist/sitemap.xml")).not.toContain("rahasia");
  });

  it("minifies HTML", async () => {
    const html = await site.read(`dist${SEED}index.html`);
    expect(html.startsWith('<!doctype html><html lang="id"><head>')).toBe(true);
    expect(html).not.toMatch(/\n\s*</);
  });
});

describe("article page", () => {
  it("has the title, the Indonesian date with a machine-readable value, reading time and tags", async () => {
    const $ = await site.page(SEED);
    expect($("html").attr("lang")).toBe("id");
    expect($("h1").text()).toBe("Back End Developer, Pengertian, Keahlian dan Tugasnya");
    expect($("article header time").attr("datetime")).toBe("2022-10-04");
    expect($("article header time").text()).toBe("4 Oktober 2022");
    expect($("article header .meta").text()).toMatch(/\b\d+ menit baca\b/);
    expect(
      $(".tags a")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toEqual(["/blog/tag/back-end/", "/blog/tag/karier/"]);
  });

  it("keeps the seed's headings and numbered sections, with a table of contents to them", async () => {
    const $ = await site.page(SEED);
    expect(
      $(".prose h2")
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(["Apa Itu Back-End Developer ?", "Keahlian yang Harus Dikuasai", "Tugas Back-End Developer"]);
    expect($(".prose h3").length).toBe(12);
    expect($(".prose h3").first().text()).toBe("1. Bahasa Pemrograman");
    const targets = $(".toc a")
      .map((_, a) => $(a).attr("href"))
      .get();
    expect(targets).toHaveLength(15);
    for (const href of targets) expect($(`[id="${href.slice(1)}"]`).length, href).toBe(1);
  });

  it("links the two Baca Juga articles, which exist", async () => {
    const $ = await site.page(SEED);
    const links = $(".prose p:has(strong:contains('Baca Juga')) a")
      .map((_, a) => $(a).attr("href"))
      .get();
    expect(links).toEqual([SQL, CLOUD]);
    for (const link of links) expect(site.exists(`dist${link}index.html`)).toBe(true);
  });

  it("lists related articles by shared tags, and previous/next articles", async () => {
    const $ = await site.page(SEED);
    const related = $(".related a")
      .map((_, a) => $(a).attr("href"))
      .get();
    expect(related).toEqual(expect.arrayContaining([SQL, CLOUD]));
    expect(related).not.toContain(SEED);
    expect($(".pager a[rel=prev]").attr("href")).toBe(CLOUD);
    expect($(".pager a[rel=next]").length).toBe(0);
  });

  it("offers share links as plain links and a copy button, loading no third-party script", async () => {
    const $ = await site.page(SEED);
    expect($(".share h2").text()).toBe("Bagikan Artikel");
    expect(
      $(".share a")
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(["WhatsApp", "Facebook", "X", "LinkedIn", "Telegram"]);
    expect($("[data-link]").text()).toBe(`${SITE_URL}${SEED}`);
    expect($("[data-copy-link]").text()).toBe("Salin tautan");
    for (const s of $("script[src]").toArray()) expect($(s).attr("src")).toMatch(/^\/assets\/[\w-]+-[A-Z0-9]{8}\.js$/);
  });

  it("has breadcrumbs and the SEO tags", async () => {
    const $ = await site.page(SEED);
    expect(
      $(".breadcrumbs li")
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual(["Beranda", "Blog", $("h1").text()]);
    expect($("link[rel=canonical]").attr("href")).toBe(`${SITE_URL}${SEED}`);
    expect($("meta[name=description]").attr("content")).toMatch(/^Apa itu back end developer/);
    expect($('meta[property="og:locale"]').attr("content")).toBe("id_ID");
    expect($('meta[property="og:type"]').attr("content")).toBe("article");
    expect($('meta[name="twitter:card"]').attr("content")).toBe("summary_large_image");
    const article = jsonLd($).find((d) => d["@type"] === "BlogPosting");
    const crumbs = jsonLd($).find((d) => d["@type"] === "BreadcrumbList");
    expect(article).toMatchObject({ "@type": "BlogPosting", datePublished: "2022-10-04T00:00:00+07:00", inLanguage: "id" });
    expect(crumbs).toMatchObject({ "@type": "BreadcrumbList" });
    expect((crumbs!.itemListElement as { item: string }[]).map((i) => i.item)).toEqual([
      `${SITE_URL}/`,
      `${SITE_URL}/blog/`,
      `${SITE_URL}${SEED}`,
    ]);
  });

  it("highlights code at build time and never runs code samples as templates", async () => {
    const sql = await site.page(SQL);
    expect(sql("pre.language-sql").length).toBeGreaterThanOrEqual(4);
    expect(sql("pre.language-sql .token.keyword").length).toBeGreaterThan(0);
    for (const pre of sql("pre").toArray()) expect(sql(pre).attr("tabindex"), "focusable, to scroll by keyboard").toBe("0");
    const cloud = await site.page(CLOUD);
    const code = cloud("pre code").text();
    expect(code).toContain("${{ secrets.DEPLOY_TOKEN }}");
    expect(code).toContain("{% for server in upstream_servers %}");
    expect(code).toContain("{{ server.host }}:{{ server.port }}");
  });

  it("opens external links in the same tab, with no rel=noopener that would do nothing", async () => {
    const $ = await site.page(CLOUD);
    const external = $(".prose a[href^='http'], .share a");
    expect(external.length).toBeGreaterThan(0);
    for (const a of external.toArray()) expect([$(a).attr("target"), $(a).attr("rel")]).toEqual([undefined, undefined]);
  });
});

describe("listing, tags and home", () => {
  it("pages the listing ten at a time, newest first", async () => {
    const one = await site.page("/blog/");
    const two = await site.page("/blog/page/2/");
    expect(one(".post-list > li").length).toBe(10);
    expect(two(".post-list > li").length).toBe(3);
    expect(one(".post-list a").first().attr("href")).toBe(SEED);
    expect(one(".pagination a[rel=next]").attr("href")).toBe("/blog/page/2/");
    expect(two(".pagination a[rel=prev]").attr("href")).toBe("/blog/");
    expect(two("title").text()).toContain("Halaman 2");
  });

  it("has a page per tag listing its articles", async () => {
    const $ = await site.page("/blog/tag/sql/");
    expect($("h1").text()).toBe("Artikel dengan tag #sql");
    expect(
      $(".post-list a")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toEqual([SQL]);
  });

  it("shows the latest articles on the home page with WebSite data", async () => {
    const $ = await site.page("/");
    expect($(".post-list a").first().attr("href")).toBe(SEED);
    expect(jsonLd($)[0]).toMatchObject({ "@type": "WebSite", url: `${SITE_URL}/` });
  });

  it("has a 404 page that search engines do not index as a page of the site", async () => {
    const $ = await site.page("/404.html");
    expect($("h1").text()).toBe("Halaman tidak ditemukan");
    expect($("link[rel=canonical]").length).toBe(0);
  });
});

describe("feeds, sitemap and robots", () => {
  it("writes a well-formed Atom feed with absolute URLs", async () => {
    const xml = await site.read("dist/feed.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.entry).toHaveLength(13);
    expect(feed.entry[0].link["@_href"]).toBe(`${SITE_URL}${SEED}`);
    expect(feed.entry[0].updated).toBe("2022-10-04T00:00:00+07:00");
    expect(feed.entry[0].content["#text"]).toContain(`href="${SITE_URL}${SQL}"`);
  });

  it("writes a JSON Feed 1.1 with absolute URLs", async () => {
    const feed = JSON.parse(await site.read("dist/feed.json"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items[0]).toMatchObject({
      url: `${SITE_URL}${SEED}`,
      date_published: "2022-10-04T00:00:00+07:00",
      tags: ["back-end", "karier"],
    });
    expect(feed.items[0].content_html).toContain(`href="${SITE_URL}${SQL}"`);
  });

  it("lists every public page in the sitemap, and not the 404 page", async () => {
    const xml = await site.read("dist/sitemap.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls: string[] = new XMLParser().parse(xml).urlset.url.map((u: { loc: string }) => u.loc);
    for (const url of urls) expect(url.startsWith(`${SITE_URL}/`)).toBe(true);
    for (const path of ["/", "/blog/", "/blog/page/2/", SEED, "/blog/tag/karier/"]) expect(urls).toContain(`${SITE_URL}${path}`);
    expect(urls.some((u) => u.includes("404"))).toBe(false);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("points robots to the sitemap", async () => {
    expect(await site.read("dist/robots.txt")).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  });
});

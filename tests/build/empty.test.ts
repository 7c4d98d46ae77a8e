/** A site with no article and no promo at all: an author may start there or get there. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, expect, it } from "vitest";
import { htmlProblems } from "../helpers/html-validate.ts";
import { createFixture, type BuildResult, type Fixture } from "../helpers/site.ts";

const NOW = "2026-03-01T10:00:00+07:00";
let site: Fixture;
let result: BuildResult;

beforeAll(async () => {
  site = await createFixture();
  await site.write("_data/promos.yaml", "promos: []\n");
  result = await site.buildHere({ PROMO_NOW: NOW });
});
afterAll(() => site.dispose());

it("builds, says there is no promo, and writes valid pages", async () => {
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toContain(`[promo] no promo at ${NOW} (PROMO_NOW)`);
  for (const url of ["/", "/blog/", "/kelas/", "/keranjang/"]) {
    const html = await site.read(`dist${url}index.html`);
    expect(await htmlProblems(html, url)).toEqual([]);
    const $ = await site.page(url);
    expect($("#promo, .promo-bar, [role=timer], [data-code]").length, url).toBe(0);
  }
  const blog = await site.page("/blog/");
  expect(blog("p.empty").text()).toBe("Belum ada artikel. Sementara itu, lihat program kelas kami.");
  expect(blog(".pagination a").length).toBe(0);
});

it("writes an empty Atom feed that is valid and dated by the instant the site was built for, not the clock", async () => {
  const xml = await site.read("dist/feed.xml");
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser().parse(xml).feed;
  expect(feed.entry).toBeUndefined();
  expect(feed.updated).toBe(NOW);
  expect(JSON.parse(await site.read("dist/feed.json")).items).toEqual([]);
});

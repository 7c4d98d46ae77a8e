/** Gate: page weight. What a page needs to render (HTML, CSS, JS), gzipped, fits one round trip. */
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { gateSites } from "../helpers/gate-sites.ts";
import { gzipSize, PAGE_BUDGET } from "../../src/budgets.ts";
import { loadSiteData } from "../../src/eleventy/data.ts";
import { read } from "../helpers/dist.ts";
import { pageFiles } from "../helpers/pages.ts";

/** Held to the budget: the pages most visitors land on. The listing is printed for scale. */
const BUDGETED = ["home", "article"] as const;

async function weigh(dist: string, file: string) {
  const html = await read(dist, file);
  const $ = cheerio.load(html);
  const css = $("link[rel=stylesheet]")
    .map((_, l) => $(l).attr("href"))
    .get();
  const js = $("script[src]")
    .map((_, s) => $(s).attr("src"))
    .get();
  const sizes = async (urls: string[]) =>
    (await Promise.all(urls.map(async (u) => gzipSize(await read(dist, u.slice(1)))))).reduce((a, b) => a + b, 0);
  const parts = { html: gzipSize(html), css: await sizes(css), js: await sizes(js), countdown: js.some((u) => u.includes("/countdown-")) };
  return { ...parts, total: parts.html + parts.css + parts.js };
}

describe.each(await gateSites())("$name", ({ name, dist, dataDir, promoNow }) => {
  it(`keeps the home page and an article within ${PAGE_BUDGET} B gzipped, and prints the table`, async () => {
    const found = await pageFiles(dist);
    const rows = await Promise.all(
      (["home", "article", "listing"] as const)
        .filter((kind) => found[kind])
        .map(async (kind) => ({ kind, ...(await weigh(dist, found[kind]!)) })),
    );
    console.log(
      [
        `[weight] ${name}: page  HTML     CSS      JS    total  (gzip bytes; budget ${PAGE_BUDGET})`,
        ...rows.map((r) => `  ${r.kind.padEnd(9)} ${[r.html, r.css, r.js, r.total].map((n) => String(n).padStart(7)).join(" ")}`),
      ].join("\n"),
    );
    // The countdown loads exactly while the data has a promo to count down to.
    const { promo } = loadSiteData(dataDir, { PROMO_NOW: promoNow });
    const state = promo?.state;
    const live = promo?.live === true;
    for (const row of rows.filter((r) => (BUDGETED as readonly string[]).includes(r.kind))) {
      expect(row.countdown, `${row.kind} loads the countdown (promo ${state ?? "none"})`).toBe(live);
      expect(row.total, row.kind).toBeLessThanOrEqual(PAGE_BUDGET);
    }
  });
});

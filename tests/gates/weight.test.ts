/** Gate: page weight. What a page needs to render (HTML, CSS, JS), gzipped, fits one round trip. */
import * as cheerio from "cheerio";
import { expect, inject, it } from "vitest";
import { BUNDLE_BUDGETS, gzipSize, PAGE_BUDGET } from "../../src/budgets.ts";
import { read } from "../helpers/dist.ts";

const PAGES = {
  home: "index.html",
  article: "blog/back-end-developer-pengertian-keahlian-dan-tugasnya/index.html",
  listing: "blog/index.html",
};

async function weigh(dist: string, file: string) {
  const html = await read(dist, file);
  const $ = cheerio.load(html);
  const css = $("link[rel=stylesheet]").map((_, l) => $(l).attr("href")).get();
  const js = $("script[src]").map((_, s) => $(s).attr("src")).get();
  const sizes = async (urls: string[]) => (await Promise.all(urls.map(async (u) => gzipSize(await read(dist, u.slice(1)))))).reduce((a, b) => a + b, 0);
  const parts = { html: gzipSize(html), css: await sizes(css), js: await sizes(js) };
  return { ...parts, total: parts.html + parts.css + parts.js, files: [file, ...css, ...js] };
}

it("keeps the home page and an article within 14 KB gzipped, and prints the table", async () => {
  const dist = inject("dist");
  const rows = await Promise.all(Object.entries(PAGES).map(async ([name, file]) => ({ name, ...(await weigh(dist, file)) })));
  console.log(
    [
      "[weight] page       HTML     CSS      JS    total  (gzip bytes; budget " + PAGE_BUDGET + ")",
      ...rows.map((r) => `  ${r.name.padEnd(9)} ${[r.html, r.css, r.js, r.total].map((n) => String(n).padStart(7)).join(" ")}`),
    ].join("\n"),
  );
  for (const row of rows.filter((r) => r.name !== "listing")) {
    expect(row.js, `${row.name} loads the countdown`).toBeGreaterThan(0);
    expect(row.total, row.name).toBeLessThanOrEqual(PAGE_BUDGET);
  }
  expect(BUNDLE_BUDGETS["countdown.js"]).toBe(1024);
});

/** Gate: every internal link, asset reference and #fragment of each built site resolves. */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { gateSites } from "../helpers/gate-sites.ts";
import { loadSiteData } from "../../src/eleventy/data.ts";
import { htmlFiles, read, urlOf } from "../helpers/dist.ts";

describe.each(await gateSites())("$name", ({ name, dist, dataDir, promoNow }) => {
  it("has zero broken internal links, assets or fragments", async () => {
    const siteUrl = loadSiteData(dataDir, { PROMO_NOW: promoNow }).site.url;
    const pages = await htmlFiles(dist);
    const ids = new Map<string, Set<string>>();
    const refs: { from: string; url: URL }[] = [];

    for (const file of pages) {
      const $ = cheerio.load(await read(dist, file));
      const base = new URL(urlOf(file), siteUrl);
      ids.set(
        base.pathname,
        new Set(
          $("[id]")
            .map((_, el) => $(el).attr("id"))
            .get(),
        ),
      );
      $("a[href], link[href], script[src], img[src], source[src], meta[property='og:url'], meta[property='og:image']").each((_, el) => {
        const value = $(el).attr("href") ?? $(el).attr("src") ?? $(el).attr("content");
        if (!value) return;
        const url = new URL(value, base);
        if (url.origin === siteUrl) refs.push({ from: file, url });
      });
    }

    const resolve = (path: string) => {
      const file = join(dist, decodeURIComponent(path));
      if (existsSync(file) && statSync(file).isFile()) return path;
      if (path.endsWith("/") && existsSync(join(file, "index.html"))) return path;
      return null;
    };
    const broken: string[] = [];
    for (const { from, url } of refs) {
      const target = resolve(url.pathname);
      if (!target) broken.push(`${from} → ${url.pathname}`);
      else if (url.hash && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${from} → ${url.pathname}${url.hash} (no such id)`);
      }
    }
    console.log(`[links] ${name}: ${refs.length} internal references on ${pages.length} pages, ${broken.length} broken`);
    // Every page links at least home and its stylesheet.
    expect(refs.length).toBeGreaterThanOrEqual(pages.length * 2);
    expect(broken).toEqual([]);
  });
});

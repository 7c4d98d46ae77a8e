/**
 * The promo bar reads whole from 320 to 1366 px: every word on one line
 * and inside the bar (none cut, none split, none clipped), two lines at
 * most within its 48 px, in both live states, in Chromium.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLOCK_LEAD_MS, watchErrors } from "../helpers/browser.ts";
import { serveSite, type ServedSite } from "../helpers/served-site.ts";
import { FIXTURE_PROMO } from "../helpers/instants.ts";

const STATES = {
  upcoming: {
    at: Date.parse("2025-12-16T09:00:00+07:00"),
    narrow: "Diskon 199k · Mulai 17 Desember",
    wide: "Diskon 199k program Complete Series · Mulai Rabu, 17 Desember 2025 pukul 00.00 WIB",
  },
  active: {
    at: Date.parse(FIXTURE_PROMO.active),
    narrow: "Diskon 199k · kode DEPLOYNOW",
    wide: "Diskon 199k program Complete Series · kode DEPLOYNOW",
  },
};
const WIDTHS = [320, 360, 390, 768, 1024, 1366];

let served: ServedSite;
const errors: string[] = [];
beforeAll(async () => {
  served = await serveSite(FIXTURE_PROMO.active);
});
afterAll(() => served?.close());

/** Each word of the bar's link (how many boxes it is drawn in, whether they lie inside the link and the viewport), and how many lines they make. */
const words = (page: Page) =>
  page.locator(".promo-bar a").evaluate((link) => {
    const bounds = link.getBoundingClientRect();
    const found: { word: string; boxes: number; inside: boolean }[] = [];
    const lines = new Set<number>();
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.parentElement as HTMLElement).checkVisibility()) continue;
      for (const match of node.textContent!.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const boxes = [...range.getClientRects()];
        const inside = boxes.every(
          (b) =>
            b.left >= bounds.left - 0.5 &&
            b.right <= bounds.right + 0.5 &&
            b.top >= bounds.top - 0.5 &&
            b.bottom <= bounds.bottom + 0.5 &&
            b.right <= innerWidth,
        );
        found.push({ word: match[0], boxes: boxes.length, inside });
        for (const b of boxes) lines.add(Math.round(b.bottom));
      }
    }
    return { found, lines: lines.size };
  });

describe.each(Object.entries(STATES))("%s", (_, { at, narrow, wide }) => {
  it.each(WIDTHS)("reads whole at %i px", async (width) => {
    const ctx = await served.browser.newContext({ timezoneId: "Asia/Jakarta", viewport: { width, height: 800 } });
    try {
      await ctx.clock.install({ time: at - CLOCK_LEAD_MS });
      const page = watchErrors(await ctx.newPage(), errors);
      await page.clock.pauseAt(at);
      served.server.serverTime = at;
      await page.goto(`${served.server.url}/blog/artikel/`);
      const bar = page.locator(".promo-bar");
      expect(await page.locator(".promo-bar a").innerText()).toBe(width < 768 ? narrow : wide);
      const { found, lines } = await words(page);
      for (const word of found) expect(word, `${width}px`).toEqual({ word: word.word, boxes: 1, inside: true });
      expect(lines).toBeLessThanOrEqual(2);
      expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(48);
    } finally {
      await ctx.close();
    }
    expect(errors).toEqual([]);
  });
});

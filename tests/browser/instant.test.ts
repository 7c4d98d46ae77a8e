/**
 * The truth at every instant: a page opened just before a promo starts or
 * ends becomes, on the second, what a fresh build at that instant shows.
 * Each page kind, in Chromium under Playwright's clock, against a second
 * build of the same fixture made at the instant itself.
 */
import { cp } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLOCK_LEAD_MS, launch, serverClockRead, watchErrors } from "../helpers/browser.ts";
import { serve, type StaticServer } from "../helpers/server.ts";
import { createFixture, post, type Fixture } from "../helpers/site.ts";

const INSTANTS = {
  start: { at: Date.parse("2025-12-17T00:00:00+07:00"), said: "Promo telah dimulai" },
  end: { at: Date.parse("2025-12-24T00:00:00+07:00"), said: "Promo telah berakhir" },
};
/** How long before the instant the page is opened. */
const BEFORE_MS = 3000;
const PAGES = ["/", "/kelas/", "/kelas/level/pemula/", "/kelas/back-end-python-complete/", "/keranjang/", "/blog/artikel/"];
const CART = ["back-end-python-complete", "docker-untuk-developer"];

let site: Fixture;
let browser: Browser;
const servers: Record<string, { before: StaticServer; fresh: StaticServer }> = {};
const errors: string[] = [];

/** Builds the fixture at `now` and serves a copy of that build. */
async function servedAt(now: number, name: string): Promise<StaticServer> {
  const built = await site.buildHere({ PROMO_NOW: new Date(now).toISOString() });
  expect(built.code, built.stderr).toBe(0);
  await cp(join(site.dir, "dist"), join(site.dir, name), { recursive: true });
  return serve(join(site.dir, name));
}

beforeAll(async () => {
  site = await createFixture({ posts: { "artikel.md": post({ title: '"Artikel"' }) } });
  for (const [name, { at }] of Object.entries(INSTANTS)) {
    servers[name] = { before: await servedAt(at - BEFORE_MS, `${name}-before`), fresh: await servedAt(at, `${name}-fresh`) };
  }
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  for (const { before, fresh } of Object.values(servers)) await Promise.all([before.close(), fresh.close()]);
  await site?.dispose();
});

/**
 * What a visitor sees: the page's rendered text without the countdown's
 * digits and the screen readers' announcements, and every visible box (a
 * border or a background) with nothing in it.
 */
const seen = (page: Page) =>
  page.evaluate(() => {
    for (const digits of document.querySelectorAll("[data-unit]")) digits.textContent = "--";
    // Announcements for screen readers only: a page left open keeps its region, a fresh one may have none.
    const regions = [...document.querySelectorAll<HTMLElement>("[role=status].visually-hidden")];
    for (const region of regions) region.hidden = true;
    const empty = [...document.body.querySelectorAll("*")].filter((el): el is HTMLElement => {
      if (!(el instanceof HTMLElement)) return false;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const drawn =
        parseFloat(style.borderTopWidth) > 0 || parseFloat(style.borderBottomWidth) > 0 || style.backgroundColor !== "rgba(0, 0, 0, 0)";
      return box.width > 0 && box.height > 0 && drawn && !el.innerText.trim() && !el.querySelector("svg, img, picture, input");
    });
    const text = document.body.innerText;
    for (const region of regions) region.hidden = false;
    return { text, empty: empty.map((el) => `${el.tagName.toLowerCase()}.${el.className}`) };
  });

describe.each(Object.keys(INSTANTS) as (keyof typeof INSTANTS)[])("at the promo's %s", (name) => {
  const { at, said } = INSTANTS[name];

  it.each(PAGES)("%s left open becomes what a fresh build shows, said once", async (path) => {
    const { before, fresh } = servers[name]!;
    const ctx = await browser.newContext({ timezoneId: "Asia/Jakarta", viewport: { width: 1366, height: 900 } });
    try {
      await ctx.clock.install({ time: at - BEFORE_MS - CLOCK_LEAD_MS });
      await ctx.addInitScript((ids) => localStorage.setItem("keranjang", JSON.stringify(ids)), CART);
      const open = watchErrors(await ctx.newPage(), errors);
      await open.clock.pauseAt(at - BEFORE_MS);
      before.serverTime = at - BEFORE_MS;
      // Every page shows a countdown until the instant: it reads the server's clock once after load.
      const clockRead = serverClockRead(open);
      await open.goto(before.url + path);
      await clockRead;
      const earlier = await seen(open); // a round trip after the answer: the page has taken it in

      await open.clock.runFor(BEFORE_MS);
      fresh.serverTime = at;
      // Built at the instant and served with it as the time: its clock needs no correction, so its load is the end of it.
      const page = watchErrors(await ctx.newPage(), errors);
      await page.goto(fresh.url + path);

      expect(await open.locator("[data-promo-status]").allTextContents()).toEqual([said]);
      const now = await seen(open);
      const truth = await seen(page);
      expect(now.text).not.toBe(earlier.text); // the instant changes this page
      expect(now).toEqual(truth);
      expect(truth.empty).toEqual([]);
    } finally {
      await ctx.close();
    }
    expect(errors).toEqual([]);
  });
});

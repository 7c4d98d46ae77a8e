/**
 * The countdown in Debian's Chromium, against a real production build served
 * over HTTP, under Playwright's fake clock and chosen time zones.
 */
import type { Browser, CDPSession, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLOCK_LEAD_MS, serverClockRead, watchErrors } from "../helpers/browser.ts";
import { serveSite, type ServedSite } from "../helpers/served-site.ts";
import type { StaticServer } from "../helpers/server.ts";
import { FIXTURE_PROMO } from "../helpers/instants.ts";

const START = Date.parse("2025-12-17T00:00:00+07:00");
const END = Date.parse("2025-12-24T00:00:00+07:00");
const ZONES = ["Asia/Jakarta", "UTC", "America/Los_Angeles", "Pacific/Kiritimati"];

let served: ServedSite;
let server: StaticServer;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  // A page with both countdowns, the hero's and the promo bar's.
  served = await serveSite(FIXTURE_PROMO.active, (site) =>
    site.write(
      "src/pages/dua.njk",
      '---\nlayout: layouts/base.njk\npermalink: /dua/\ntitle: Dua\n---\n{% include "partials/promo-hero.njk" %}',
    ),
  );
  ({ server, browser } = served);
});
afterAll(() => served?.close());

/**
 * One page for the tests that change nothing beyond the document: a new
 * document at each visit, its paused clock set to `now`, its zone set
 * through the DevTools protocol (a new context per zone costs more than
 * the visits).
 */
let shared: { page: Page; zone: CDPSession } | undefined;
async function visit(
  now: number,
  { timezoneId = "Asia/Jakarta", path = "/", serverTime = now as number | null, clockSynced = false } = {},
): Promise<Page> {
  if (!shared) {
    const ctx = await browser.newContext();
    const page = watchErrors(await ctx.newPage(), errors);
    await page.clock.install({ time: now - CLOCK_LEAD_MS });
    await page.clock.pauseAt(now);
    shared = { page, zone: await ctx.newCDPSession(page) };
  }
  const { page, zone } = shared;
  await zone.send("Emulation.setTimezoneOverride", { timezoneId });
  await page.clock.setSystemTime(now);
  server.serverTime = serverTime;
  // The page asks the server's clock once after load (HEAD); a test that moves the clock waits for that answer first.
  const sync = clockSynced ? serverClockRead(page) : null;
  await page.goto(server.url + path);
  if (sync) {
    await sync;
    await page.evaluate(() => 0); // the page has taken the answer in
  }
  return page;
}

const digits = (page: Page, root = "#promo") => page.locator(`${root} [data-unit]`).allTextContents();
const visibleText = (page: Page, selector: string) => page.locator(`${selector}:visible`).allTextContents();

describe("the digits equal the true time left, in every zone", () => {
  const cases: [string, number, string[], string][] = [
    ["138 days before the start", Date.parse("2025-08-01T00:00:00+07:00"), ["138", "00", "00", "00"], "upcoming"],
    ["before the start", Date.parse("2025-12-16T20:30:15+07:00"), ["00", "03", "29", "45"], "upcoming"],
    ["during", Date.parse(FIXTURE_PROMO.active), ["03", "15", "00", "00"], "active"],
    ["1.5 s before the end", END - 1500, ["00", "00", "00", "02"], "active"],
  ];
  for (const timezoneId of ZONES) {
    it.each(cases)(`${timezoneId}: %s`, async (_, now, expected, state) => {
      const page = await visit(now, { timezoneId });
      expect(await digits(page)).toEqual(expected);
      expect(await page.locator("#promo").getAttribute("data-state")).toBe(state);
    });

    it(`${timezoneId}: after the end`, async () => {
      const page = await visit(END, { timezoneId });
      expect(await page.locator("#promo").getAttribute("data-state")).toBe("ended");
      // The home page a build at the end shows: the site's headline, the quiet line, no promo.
      expect(await page.locator("#promo").isVisible()).toBe(false);
      expect(await visibleText(page, "main h1")).toEqual(["Kelas IT Nusantara"]);
      expect(await visibleText(page, ".promo-ended")).toEqual(["Promo “Diskon Special Akhir Tahun” telah berakhir."]);
      expect(await page.locator("[role=timer]:visible").count()).toBe(0);
    });
  }
});

describe("boundaries, without a reload", () => {
  it("switches upcoming → active at the exact second, then active → ended, then stops", async () => {
    const page = await visit(START - 3000, { path: "/dua/" });
    await page.evaluate(() => {
      const real = window.setTimeout;
      (window as unknown as { timeouts: number }).timeouts = 0;
      window.setTimeout = ((fn: TimerHandler, ms?: number) => {
        (window as unknown as { timeouts: number }).timeouts++;
        return real(fn, ms);
      }) as typeof window.setTimeout;
    });
    const marker = await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    expect(await digits(page)).toEqual(["00", "00", "00", "03"]);
    expect(await visibleText(page, "#promo .promo-when")).toEqual([expect.stringMatching(/^Mulai /)]);
    expect(await page.locator("#promo [data-code]").isVisible()).toBe(false);

    await page.clock.runFor(2999);
    expect(await digits(page)).toEqual(["00", "00", "00", "01"]);
    expect(await page.locator("#promo").getAttribute("data-state")).toBe("upcoming");
    await page.clock.runFor(1);
    expect(await page.locator("#promo").getAttribute("data-state")).toBe("active");
    expect(await digits(page)).toEqual(["07", "00", "00", "00"]);
    expect(await visibleText(page, "#promo [data-code]")).toEqual(["DEPLOYNOW"]);
    expect(await page.locator("#promo a.button").isVisible()).toBe(true);
    expect(await page.locator("[data-promo-status]").textContent()).toBe("Promo telah dimulai");

    // Both countdowns on the page show the same value, driven by one timer.
    expect(await digits(page, ".promo-bar")).toEqual(await digits(page));
    const before = await page.evaluate(() => (window as unknown as { timeouts: number }).timeouts);
    await page.clock.runFor(5000);
    expect((await page.evaluate(() => (window as unknown as { timeouts: number }).timeouts)) - before).toBe(5);
    expect(await digits(page, ".promo-bar")).toEqual(["06", "23", "59", "55"]);

    await page.clock.pauseAt(END - 2000);
    await page.clock.runFor(1999);
    expect(await page.locator("#promo").getAttribute("data-state")).toBe("active");
    expect(await digits(page)).toEqual(["00", "00", "00", "01"]);
    await page.clock.runFor(1);
    expect(await page.locator("#promo").getAttribute("data-state")).toBe("ended");
    expect(await page.locator("[data-promo-status]").textContent()).toBe("Promo telah berakhir");
    expect(await page.locator("#promo [data-code]").isVisible()).toBe(false);
    expect(await page.locator("#promo a.button").isVisible()).toBe(false);
    expect(await page.locator("[role=timer]:visible").count()).toBe(0);
    expect(await page.locator(".promo-bar").isVisible()).toBe(false);

    const stopped = await page.evaluate(() => (window as unknown as { timeouts: number }).timeouts);
    await page.clock.runFor(10_000);
    expect(await page.evaluate(() => (window as unknown as { timeouts: number }).timeouts)).toBe(stopped);
    // Same document all along: no reload happened.
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(marker);
  });
});

describe("resync", () => {
  const now = Date.parse(FIXTURE_PROMO.active);

  for (const event of ["visibilitychange", "pageshow"]) {
    it(`shows the right value at once on ${event} after minutes in the background`, async () => {
      const page = await visit(now, { clockSynced: true });
      expect(await digits(page)).toEqual(["03", "15", "00", "00"]);
      // A background tab: the clock moves on, no timer fires.
      await page.clock.setSystemTime(now + 7 * 60_000 + 30_000);
      expect(await digits(page)).toEqual(["03", "15", "00", "00"]);
      await page.evaluate((type) => (type === "pageshow" ? window : document).dispatchEvent(new Event(type)), event);
      expect(await digits(page)).toEqual(["03", "14", "52", "30"]);
    });
  }
});

describe("visitor clocks", () => {
  const truth = Date.parse(FIXTURE_PROMO.active);

  it("corrects a clock set hours wrong from the server's Date header", async () => {
    const page = await visit(truth - 3 * 3_600_000, { serverTime: truth });
    await expect.poll(() => digits(page)).toEqual(["03", "15", "00", "00"]);
  });

  it("keeps a clock within two seconds of the server's", async () => {
    // The Date header has been read and put aside.
    const page = await visit(truth + 1500, { serverTime: truth, clockSynced: true });
    expect(await digits(page)).toEqual(["03", "14", "59", "59"]);
  });

  it("keeps the local clock when the request fails", async () => {
    const page = await visit(truth - 3 * 3_600_000, { serverTime: truth });
    const failHead = (route: Route) => (route.request().method() === "HEAD" ? route.abort() : route.continue());
    await page.route("**/*", failHead);
    const logged = errors.length;
    try {
      const failed = page.waitForEvent("requestfailed", (request) => request.method() === "HEAD");
      await visit(truth - 3 * 3_600_000, { serverTime: truth });
      await failed;
      await page.evaluate(() => 0); // the page has taken the failure in
      expect(await digits(page)).toEqual(["03", "18", "00", "00"]);
      // The browser's own line for the failed request, and nothing from the page's code.
      expect(errors.splice(logged)).toEqual([`${server.url}/: Failed to load resource: net::ERR_FAILED`]);
    } finally {
      await page.unroute("**/*", failHead);
    }
  });
});

describe("page quality", () => {
  const now = Date.parse(FIXTURE_PROMO.active);

  it("shifts no layout while ticking", async () => {
    const ctx = await browser.newContext({ timezoneId: "Asia/Jakarta", viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
          (window as unknown as { cls: number }).cls += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.clock.install({ time: now });
    server.serverTime = now;
    const clockRead = serverClockRead(page);
    await page.goto(server.url + "/dua/");
    await clockRead;
    await page.clock.runFor(3000);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
    await ctx.close();
  });

  it("marks the timer as a non-live timer and announces only state changes", async () => {
    const page = await visit(now);
    expect(await page.locator("#promo [role=timer]").getAttribute("aria-live")).toBe("off");
    expect(await page.locator("[role=status][data-promo-status]").textContent()).toBe("");
  });

  it("lets a visitor hide the ticking seconds", async () => {
    const page = await visit(now);
    const toggle = page.getByRole("button", { name: "Sembunyikan detik" });
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator("#promo [data-unit=seconds]").isVisible()).toBe(false);
    expect(await page.locator("#promo [data-unit=minutes]").isVisible()).toBe(true);
  });

  it("copies the code with the Clipboard API and confirms through role=status", async () => {
    const page = await visit(now);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await page.getByRole("button", { name: "Salin kode" }).click();
    await expect.poll(() => page.locator("#promo [data-copy-status]").textContent()).toBe("Kode disalin");
    expect(await page.locator("#promo [data-copy-status]").getAttribute("role")).toBe("status");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("DEPLOYNOW");
  });

  it("falls back to a selection copy where the Clipboard API is refused", async () => {
    const page = await visit(now);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("refused", "NotAllowedError"));
    });
    await page.getByRole("button", { name: "Salin kode" }).click();
    await expect.poll(() => page.locator("#promo [data-copy-status]").textContent()).toMatch(/^(Kode disalin|Gagal menyalin)$/);
    expect(await page.evaluate(() => getSelection()?.toString())).toBe("DEPLOYNOW");
  });

  it("without JavaScript still shows the deadline and the built state", async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(server.url + "/");
    expect(await visibleText(page, "#promo .promo-when")).toEqual(["Berakhir Selasa, 23 Desember 2025 pukul 23.59 WIB"]);
    expect(await visibleText(page, "#promo [data-code]")).toEqual(["DEPLOYNOW"]);
    await ctx.close();
  });

  it("logged no console error on any page above", () => {
    expect(errors).toEqual([]);
  });
});

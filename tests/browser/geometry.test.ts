/**
 * The layout, measured in Chromium on every kind of page with a promo
 * running, at phone, tablet and desktop widths, light and dark: a one-row
 * header and a one-line promo bar within their heights, one left edge for
 * every band of the page, no sideways scrolling, targets of at least
 * 24 × 24 px (WCAG 2.2, 2.5.8), and the call to action on the first screen.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageUrls, type PageKind } from "../helpers/pages.ts";
import { serveSite, type ServedSite } from "../helpers/served-site.ts";
import { post } from "../helpers/site.ts";
import { FIXTURE_PROMO } from "../helpers/instants.ts";

const ACTIVE = FIXTURE_PROMO.active;
const WIDTHS = [320, 360, 390, 768, 1024, 1366];
const PHONE = 430;
/** WCAG 2.2 target size (minimum). */
const TARGET = 24;

/** A paragraph long enough to measure its lines. */
const LONG = [
  "Back end developer adalah pemegang peranan penting dari sebuah sistem website, sehingga untuk bisa menggeluti profesi tersebut tidak bisa sembarangan.",
  "Anda harus memiliki keahlian yang harus dikuasai secara maksimal. Berikut beberapa jenis kemampuan yang dimaksud.",
  "Seorang pengembang back end harus memahami bahasa pemrograman yang paling sering digunakan yaitu PHP, Python, Ruby dan JavaScript.",
  "Tugas dari back-end lebih kepada mengevaluasi cocok atau tidaknya desain yang diusulkan menggunakan struktur model data yang sebelumnya sudah dibuat.",
  "Komunikasi yang baik harus terjalin di antara pengembang front end dan back-end, agar ide yang dirancang bisa menyatu dengan sempurna.",
].join(" ");

let served: ServedSite;
let page: Page;
let urls: [PageKind, string][];

beforeAll(async () => {
  served = await serveSite(ACTIVE, (site) => site.write("src/posts/panjang.md", post({ title: '"Artikel Panjang"' }, `${LONG}\n`)));
  served.server.serverTime = Date.parse(ACTIVE);
  urls = await pageUrls(`${served.site.dir}/dist`);
  page = await (await served.browser.newContext()).newPage();
  await page.clock.setFixedTime(Date.parse(ACTIVE));
});
afterAll(() => served?.close());

interface Geometry {
  header: number;
  bar: number | null;
  /** Left edge of the logo, the bar's text, the page's heading and the footer's logo. */
  edges: Record<string, number>;
  overflow: number;
  small: string[];
}

/** What the page measures at its current size and scheme. */
const measure = () =>
  page.evaluate((target): Geometry => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect() ?? null;
    const edges: Record<string, number> = {};
    for (const [name, selector] of [
      ["logo", ".site-header .brand"],
      ["bar", ".promo-bar a"],
      ["heading", "main h1"],
      ["footer", ".site-footer .logo"],
    ]) {
      const rect = box(selector!);
      if (rect && rect.width > 0) edges[name!] = Math.round(rect.left);
    }
    // Links inside running text are exempt (they are display: inline); everything else a finger presses is measured.
    const small = [...document.querySelectorAll<HTMLElement>("a, button, summary, input, select")]
      .filter(
        (el) => getComputedStyle(el).display !== "inline" && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden",
      )
      // A radio button or checkbox inside its label is pressed anywhere on the label.
      .map((el) => (el.matches("input[type=radio], input[type=checkbox]") && el.closest("label") ? el.closest("label")! : el))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width < target || r.height < target;
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`,
      );
    return {
      header: box(".site-header")!.height,
      bar: box(".promo-bar")?.height ?? null,
      edges,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      small,
    };
  }, TARGET);

/** What is wrong with `kind` of page as measured (`at` names the width and scheme). */
function problemsOf(kind: PageKind, width: number, g: Geometry, at: string): string[] {
  const problems: string[] = [];
  if (g.header > 64) problems.push(`${at}: header ${g.header}px > 64`);
  if (g.bar !== null && g.bar > 48) problems.push(`${at}: promo bar ${g.bar}px > 48`);
  if (width <= PHONE && g.header + (g.bar ?? 0) > 112) problems.push(`${at}: header + bar ${g.header + (g.bar ?? 0)}px > 112`);
  // Every band is measured: the bar on every page but the home page, which shows the promo itself.
  const bands = kind === "home" ? ["logo", "heading", "footer"] : ["logo", "bar", "heading", "footer"];
  if (Object.keys(g.edges).sort().join() !== bands.sort().join()) problems.push(`${at}: measured ${Object.keys(g.edges).join(", ")}`);
  if (new Set(Object.values(g.edges)).size !== 1) problems.push(`${at}: left edges differ ${JSON.stringify(g.edges)}`);
  if (g.overflow > 0) problems.push(`${at}: scrolls sideways by ${g.overflow}px`);
  for (const small of g.small) problems.push(`${at}: target under ${TARGET}px: ${small}`);
  return problems;
}

/**
 * Each page is opened once, at the narrowest width, and then resized: the
 * layout is CSS alone, and one navigation per page instead of one per width
 * took the test from 43 to 28 core-seconds.
 */
describe("every kind of page, at every width, light and dark", () => {
  it("keeps the header and bar within their heights, one left edge, no overflow, targets of 24 px", async () => {
    const problems: string[] = [];
    for (const [kind, url] of urls) {
      await page.setViewportSize({ width: WIDTHS[0]!, height: 844 });
      await page.goto(served.server.url + url);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: width <= PHONE ? 844 : 768 });
        for (const colorScheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme });
          problems.push(...problemsOf(kind, width, await measure(), `${kind} at ${width} px (${colorScheme})`));
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("the call to action while the promo runs", () => {
  it.each([
    [390, 844],
    [1366, 768],
  ])("is on the first screen of the home page at %i × %i, with the code beside it", async (width, height) => {
    await page.setViewportSize({ width, height });
    await page.goto(served.server.url + "/");
    const cta = await page.locator("#promo a.button").boundingBox();
    const code = await page.locator("#promo [data-code]").boundingBox();
    expect(cta!.y + cta!.height).toBeLessThanOrEqual(height);
    expect(code!.y + code!.height).toBeLessThanOrEqual(height);
    // The discount is the largest text on the first screen.
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("body *")]
        .filter(
          (el) =>
            el.childElementCount === 0 &&
            el.textContent!.trim() &&
            el.getBoundingClientRect().top < innerHeight &&
            el.getClientRects().length,
        )
        .map((el) => ({ text: el.textContent!.trim(), size: parseFloat(getComputedStyle(el).fontSize) }))
        .sort((a, b) => b.size - a.size),
    );
    expect(sizes[0]!.text).toBe("Diskon 199k*");
  });
});

describe("the reading column", () => {
  it.each([768, 1024, 1366])("holds 60 to 75 characters a line on average, never over 80, at %i px", async (width) => {
    await page.setViewportSize({ width, height: 768 });
    await page.goto(served.server.url + "/blog/panjang/");
    const lines = await page.evaluate(() => {
      const text = document.querySelector(".prose p")!.firstChild as Text;
      const range = document.createRange();
      const counts: number[] = [];
      let top: number | null = null;
      for (let i = 0; i < text.length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const at = Math.round(range.getBoundingClientRect().top);
        if (at !== top) counts.push(0);
        top = at;
        counts[counts.length - 1]!++;
      }
      return counts.slice(0, -1); // the last line is short by nature
    });
    expect(lines.length).toBeGreaterThan(5);
    const mean = lines.reduce((a, b) => a + b, 0) / lines.length;
    expect(mean).toBeGreaterThanOrEqual(60);
    expect(mean).toBeLessThanOrEqual(75);
    expect(Math.max(...lines)).toBeLessThanOrEqual(80);
  });
});

/**
 * On a slow network a page arrives in pieces: a header without its menu
 * button, a promo bar without its seconds. Whatever the cuts, nothing
 * shifts when the rest arrives: the site holds its first paint until the
 * footer is in (base.njk, rel=expect); without that, the promo bar's
 * countdown shifts. Each page arrives cut at all three places, with a pause
 * at each; a shift is recorded with the element that moved. First, a page
 * made to shift when its end arrives proves that this browser paints a page
 * still arriving, within the pause the pages then get. (The countdown's
 * ticking: countdown.test.ts.)
 */
describe("a page that arrives in pieces", () => {
  beforeAll(async () => {
    // Its own stylesheet, as the site's CSP allows no inline style.
    const canary = join(served.site.dir, "dist/geser");
    await mkdir(canary);
    await writeFile(join(canary, "geser.css"), "body:has(#akhir) h1 { margin-top: 200px }");
    await writeFile(
      join(canary, "index.html"),
      `<!doctype html><html lang="id"><title>Geser</title><link rel="stylesheet" href="geser.css">
<main><h1>Judul</h1><p>${LONG}</p><p>${LONG}</p><p id="akhir">Akhir.</p></main>`,
    );
  });

  /** Just after `mark`; -1 (no such place) on a page without it. */
  const after = (mark: string, html: string) => (html.includes(mark) ? html.indexOf(mark) + mark.length : -1);
  const cuts = (html: string) => [
    // In the header's menu.
    after('<details class="menu">', html),
    // In the first countdown, before its seconds.
    html.indexOf('<span class="unit unit-seconds"'),
    // In the middle of the content.
    (html.indexOf("<main") + html.indexOf("</main>")) >> 1,
  ];
  afterAll(() => (served.server.stall = null));
  const MAX_PAUSE_MS = 2400;

  it.each([390, 1366])("shifts no layout at %i px, wherever the network cuts it", async (width) => {
    const ctx = await served.browser.newContext({ viewport: { width, height: 800 } });
    const slow = await ctx.newPage();
    await slow.clock.setFixedTime(Date.parse(ACTIVE));
    await slow.addInitScript(() => {
      const w = window as unknown as { shifts: string[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
          w.shifts.push(
            `${e.value.toFixed(5)} ${e.sources.map((s) => (s.node as Element | undefined)?.className ?? s.node?.nodeName).join(", ")}`,
          );
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const problems: string[] = [];
    const shifts = () => slow.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
    // The pause at each cut: 300 ms, doubled until the page made to shift does shift (a busy machine
    // may paint later), so that the pages below get a pause after which this browser paints.
    let canary: string[] = [];
    for (let ms = 300; canary.length === 0 && ms <= MAX_PAUSE_MS; ms *= 2) {
      served.server.stall = { at: cuts, ms };
      await slow.goto(`${served.server.url}/geser/`);
      await slow.waitForLoadState("load");
      canary = await shifts();
    }
    expect(canary, `the shift of a page made to shift, with pauses up to ${MAX_PAUSE_MS} ms`).not.toEqual([]);
    for (const [kind, url] of urls) {
      await slow.goto(served.server.url + url);
      await slow.waitForLoadState("load");
      for (const shift of await shifts()) problems.push(`${kind}: ${shift}`);
    }
    await ctx.close();
    expect(problems).toEqual([]);
  });
});

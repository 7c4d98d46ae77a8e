/**
 * Gate: every promo text, date, amount and code a built site shows comes
 * from its data, read here through the build's own loader at the instant
 * the site was built for. Nothing in it names today's promo or prices: it
 * holds for whatever content there is, and for no promo at all.
 */
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { gateSites } from "../helpers/gate-sites.ts";
import { loadSiteData } from "../../src/eleventy/data.ts";
import { inZone, longDate } from "../../src/lib/dates.ts";
import { rupiah } from "../../src/lib/money.ts";
import { isLive } from "../../src/lib/promo-view.ts";
import { htmlFiles, read } from "../helpers/dist.ts";
import { DATE_MENTION } from "../helpers/mentions.ts";

const AMOUNT = /Rp\s?\d[\d.]*/g;
const SHORT_AMOUNT = /\b\d+(?:,\d)?(?:k|jt)\b/g;
const mentions = (text: string, pattern: RegExp) => text.match(pattern) ?? [];

/** The text a visitor reads; without `prose`, only what the site writes itself (articles mention dates and prices of their own). */
function visibleText($: cheerio.CheerioAPI, { prose }: { prose: boolean }): string {
  const body = $("body").clone();
  body.find(prose ? "script, style" : ".prose, script, style, pre, code").remove();
  return body.text();
}

describe.each(await gateSites())("$name", ({ dist, dataDir, promoNow }) => {
  const { site, promos, courses } = loadSiteData(dataDir, { PROMO_NOW: promoNow });
  const current = promos.current;
  const live = isLive(current);
  const eligible = live ? courses.programs.filter((p) => p.series === current.series) : [];

  const pages = async () => Promise.all((await htmlFiles(dist)).map(async (file) => ({ file, $: cheerio.load(await read(dist, file)) })));

  it("shows a promo code only while its promo is live, and never another promo's, not even in an article", async () => {
    const stale = promos.all.filter((p) => !live || p.code !== current.code);
    const problems: string[] = [];
    for (const { file, $ } of await pages()) {
      const text = visibleText($, { prose: true });
      for (const promo of stale) {
        if (new RegExp(`\\b${promo.code}\\b`).test(text))
          problems.push(`${file}: shows the code ${promo.code} of promo "${promo.id}", which is not the live promo`);
      }
      for (const el of $("[data-code]").toArray()) {
        if ($(el).text() !== (live ? current.code : "")) problems.push(`${file}: [data-code] shows "${$(el).text()}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("counts down to the boundaries of the promo it shows, and only while it is live", async () => {
    for (const { file, $ } of await pages()) {
      if (!live) expect($("[role=timer], .promo-bar").length, file).toBe(0);
      for (const el of $("[data-starts-at], [data-ends-at]").toArray()) {
        expect(Number($(el).attr("data-starts-at")), file).toBe(current!.startsAt);
        expect(Number($(el).attr("data-ends-at")), file).toBe(current!.endsAt);
      }
    }
  });

  it("mentions no date, amount or discount that is not in the data", async () => {
    const zone = site.timeZone;
    const promoTexts = current ? [current.periodText, current.startText, current.startShort, current.endText] : [];
    const allowedDates = new Set(promoTexts.flatMap((t) => mentions(t, DATE_MENTION)));
    const allowedAmounts = new Set([
      ...courses.programs.map((p) => rupiah(p.price)),
      ...eligible.map((p) => rupiah(p.price - current!.discount)),
      ...(current ? [rupiah(current.discount)] : []),
    ]);
    const problems: string[] = [];
    for (const { file, $ } of await pages()) {
      // A <time> shows the date it carries, in the site's zone: article dates come from front matter.
      for (const el of $("time[datetime]").toArray()) {
        const shown = $(el).text();
        const expected = longDate(inZone(new Date($(el).attr("datetime")!), zone));
        if (shown !== expected)
          problems.push(`${file}: <time datetime="${$(el).attr("datetime")}"> shows "${shown}", expected "${expected}"`);
        $(el).remove();
      }
      const text = visibleText($, { prose: false });
      for (const date of mentions(text, DATE_MENTION)) if (!allowedDates.has(date)) problems.push(`${file}: date "${date}"`);
      for (const amount of mentions(text, AMOUNT))
        if (!allowedAmounts.has(amount.replace(/\s/, ""))) problems.push(`${file}: amount "${amount}"`);
      for (const short of mentions(text, SHORT_AMOUNT)) if (short !== current?.discountShort) problems.push(`${file}: discount "${short}"`);
    }
    expect(problems).toEqual([]);
  });

  it("gives the cart the current prices and the promo it shows", async () => {
    const cart = (await pages()).find((p) => p.file === "keranjang/index.html");
    expect(cart, "the cart page").toBeDefined();
    const data = JSON.parse(cart!.$("#cart-data").text());
    expect(Object.fromEntries(Object.entries(data.courses as Record<string, { price: number }>).map(([id, c]) => [id, c.price]))).toEqual(
      Object.fromEntries(courses.programs.map((p) => [p.id, p.price])),
    );
    expect(data.promo).toEqual(
      live
        ? { startsAt: current.startsAt, endsAt: current.endsAt, discount: current.discount, series: current.series, code: current.code }
        : null,
    );
  });
});

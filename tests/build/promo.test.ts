/**
 * The promo landing page and promo bar, built from fixture data files at
 * chosen instants (PROMO_NOW), read through an HTML parser.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixture, FIXTURE_CONTENT, post, type Fixture } from "../helpers/site.ts";
import { publicHtmlFiles } from "../helpers/dist.ts";
import { FIXTURE_PROMO } from "../helpers/instants.ts";
import { DATE_MENTION } from "../helpers/mentions.ts";

let site: Fixture;
const SEED_PROMOS = await readFile(join(FIXTURE_CONTENT, "_data/promos.yaml"), "utf8");

beforeAll(async () => {
  site = await createFixture({ posts: { "artikel.md": post({ title: '"Artikel"' }) } });
});
afterAll(() => site.dispose());

async function buildAt(now: string) {
  const result = await site.buildHere({ PROMO_NOW: now });
  expect(result.code, result.stderr).toBe(0);
  return result;
}

/** Every built page visitors read (not the editor at /admin/), parsed. */
async function allPages(): Promise<Map<string, cheerio.CheerioAPI>> {
  const dist = join(site.dir, "dist");
  const pages = new Map<string, cheerio.CheerioAPI>();
  for (const file of await publicHtmlFiles(dist)) pages.set(file, cheerio.load(await readFile(join(dist, file), "utf8")));
  return pages;
}

/** Visible means: neither the element nor an ancestor is `hidden`. */
const visible = ($: cheerio.CheerioAPI, selector: string) => $(selector).filter((_, el) => $(el).closest("[hidden]").length === 0);
/** The text of the visible matches, without their hidden parts. */
const visibleText = ($: cheerio.CheerioAPI, selector: string) =>
  visible($, selector)
    .map((_, el) => {
      const copy = $(el).clone();
      copy.find("[hidden]").remove();
      return copy.text();
    })
    .get()
    .join("");

describe("active (PROMO_NOW inside the period)", () => {
  beforeAll(() => buildAt(FIXTURE_PROMO.active));

  it("shows the hero with every text from the data", async () => {
    const $ = await site.page("/");
    const hero = $("#promo");
    expect(hero.attr("data-state")).toBe("active");
    expect(hero.find("h1").text()).toBe("Diskon Special Akhir Tahun");
    expect(hero.find(".promo-headline").text()).toBe("Upgrade Skill IT Sekarang Diskon 199k*");
    expect(hero.find(".promo-fine").text()).toBe("*Khusus program Complete Series | Periode: 17–23 Desember 2025");
    expect(visibleText($, ".promo-when")).toBe("Berakhir Selasa, 23 Desember 2025 pukul 23.59 WIB");
    expect(visibleText($, "[data-code]")).toBe("DEPLOYNOW");
    expect(visible($, "#promo a.button").attr("href")).toBe("/kelas/");
    expect(visible($, ".promo-state").length).toBe(0);
  });

  it("carries the boundaries as absolute instants for the countdown", async () => {
    const $ = await site.page("/");
    expect(Number($("#promo").attr("data-starts-at"))).toBe(Date.parse("2025-12-17T00:00:00+07:00"));
    expect(Number($("#promo").attr("data-ends-at"))).toBe(Date.parse("2025-12-24T00:00:00+07:00"));
    expect(
      $("#promo [role=timer] [data-unit]")
        .map((_, u) => $(u).attr("data-unit"))
        .get(),
    ).toEqual(["days", "hours", "minutes", "seconds"]);
    expect(
      $("#promo [role=timer] .label")
        .map((_, u) => $(u).text())
        .get(),
    ).toEqual(["Hari", "Jam", "Menit", "Detik"]);
  });

  it("describes the offer for search engines and sharing", async () => {
    const $ = await site.page("/");
    const offers = $('script[type="application/ld+json"]')
      .map((_, s) => JSON.parse($(s).text()))
      .get()
      .filter((d) => d["@type"] === "Offer");
    // One plain schema.org Offer per Complete Series program (four in the fixture), the discount in its price.
    expect(offers.map((o) => [o.itemOffered.url, o.price])).toEqual([
      ["https://www.kelasitnusantara.id/kelas/back-end-python-complete/", 1300000],
      ["https://www.kelasitnusantara.id/kelas/back-end-php-laravel-complete/", 1100000],
      ["https://www.kelasitnusantara.id/kelas/full-stack-javascript-complete/", 1800000],
      ["https://www.kelasitnusantara.id/kelas/devops-engineer-complete/", 2000000],
    ]);
    for (const offer of offers) {
      expect(offer).toMatchObject({
        "@context": "https://schema.org",
        priceCurrency: "IDR",
        validFrom: "2025-12-17T00:00:00+07:00",
        validThrough: "2025-12-24T00:00:00+07:00",
      });
      expect(offer).not.toHaveProperty("discount");
    }
    expect($('meta[property="og:title"]').attr("content")).toBe("Diskon Special Akhir Tahun: Upgrade Skill IT Sekarang Diskon 199k");
  });

  it("shows a promo bar linking to / on every other page, and not on /", async () => {
    for (const [file, $] of await allPages()) {
      const bar = $(".promo-bar");
      if (file === "index.html" || file === "404.html") {
        expect(bar.length, file).toBe(file === "404.html" ? 1 : 0);
        continue;
      }
      expect(bar.length, file).toBe(1);
      expect(bar.find("a").attr("href")).toBe("/#promo");
      expect(visibleText($, ".promo-bar a")).toContain("kode DEPLOYNOW");
    }
  });

  it("mentions no date that is not in the data", async () => {
    const allowed = new Set(["4 Oktober 2022", "17–23 Desember 2025", "17 Desember 2025", "17 Desember", "23 Desember 2025"]);
    for (const [file, $] of await allPages()) {
      for (const mention of $("body").text().match(DATE_MENTION) ?? []) expect(allowed, `${file}: ${mention}`).toContain(mention);
    }
  });
});

describe("upcoming", () => {
  beforeAll(() => buildAt("2025-12-16T23:59:59+07:00"));

  it("says when it starts and keeps the code and call to action hidden", async () => {
    const $ = await site.page("/");
    expect($("#promo").attr("data-state")).toBe("upcoming");
    expect(visibleText($, ".promo-when")).toBe("Mulai Rabu, 17 Desember 2025 pukul 00.00 WIB");
    expect(visible($, "[data-code]").length).toBe(0);
    expect(visible($, "#promo a.button").length).toBe(0);
    expect($("#promo [role=timer]").length).toBe(1);
    const blog = await site.page("/blog/");
    expect(visibleText(blog, ".promo-bar a")).toContain("Mulai Rabu, 17 Desember 2025");
    expect(visibleText(blog, ".promo-bar a")).not.toContain("DEPLOYNOW");
  });
});

describe("ended", () => {
  beforeAll(() => buildAt("2025-12-24T00:00:00+07:00"));

  it("is not advertised: the home page leads with programs and articles, with one quiet line that the promo has ended", async () => {
    const $ = await site.page("/");
    expect($("#promo").length).toBe(0);
    expect($("main h1").text()).toBe("Kelas IT Nusantara");
    expect($(".promo-ended").text()).toBe("Promo “Diskon Special Akhir Tahun” telah berakhir.");
    expect(
      $("main h2")
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(["Program Pilihan", "Artikel Terbaru"]);
    expect($("main .course").length).toBe(4);
    expect($("[role=timer]").length).toBe(0);
    for (const [file, page] of await allPages()) {
      expect(page.html(), file).not.toContain("DEPLOYNOW");
      // What visitors read; the share text follows the state with #16.
      expect(page("body").text(), file).not.toContain("Diskon 199k");
      expect(page(".promo-bar").length, file).toBe(0);
    }
  });
});

describe("mentioned from its lead time until 14 days after its end", () => {
  afterAll(() => site.write("_data/promos.yaml", SEED_PROMOS));
  const home = async () => {
    const $ = await site.page("/");
    $("template").remove(); // what the page shows later, not now
    const blog = await site.page("/blog/");
    return {
      promo: $("#promo").attr("data-state") ?? null,
      note: $(".promo-ended").text() || null,
      bar: blog(".promo-bar").length,
      h1: $("main h1").text(),
    };
  };
  const quiet = { promo: null, note: null, bar: 0, h1: "Kelas IT Nusantara" };

  it("is not mentioned before its lead time (14 days by default), then announced", async () => {
    await buildAt("2025-12-02T23:59:59+07:00");
    expect(await home()).toEqual(quiet);
    await buildAt("2025-12-03T00:00:00+07:00");
    expect(await home()).toEqual({ promo: "upcoming", note: null, bar: 1, h1: "Diskon Special Akhir Tahun" });
  });

  it("takes the lead time from promos.yaml", async () => {
    await site.write("_data/promos.yaml", `announceDays: 3\n${SEED_PROMOS}`);
    await buildAt("2025-12-13T23:59:59+07:00");
    expect(await home()).toEqual(quiet);
    await buildAt("2025-12-14T00:00:00+07:00");
    expect((await home()).promo).toBe("upcoming");
  });

  it("notes its end for 14 days, then says nothing of it", async () => {
    await buildAt("2026-01-06T23:59:59+07:00");
    expect(await home()).toEqual({ ...quiet, note: "Promo “Diskon Special Akhir Tahun” telah berakhir." });
    await buildAt("2026-01-07T00:00:00+07:00");
    expect(await home()).toEqual(quiet);
    for (const [file, page] of await allPages()) expect(page("body").text(), file).not.toContain("Diskon Special Akhir Tahun");
  });

  it("refuses a lead time that is not a whole number of days from 1 to 90", async () => {
    await site.write("_data/promos.yaml", `announceDays: 0\n${SEED_PROMOS}`);
    const result = await site.buildHere({ PROMO_NOW: FIXTURE_PROMO.active });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '_data/promos.yaml: field "announceDays": found 0; expected a whole number of days from 1 to 90, such as 14',
    );
  });
});

describe("one data file drives every text", () => {
  afterAll(() => site.write("_data/promos.yaml", SEED_PROMOS));

  it("changes every promo text on every page when the data changes", async () => {
    await site.write(
      "_data/promos.yaml",
      SEED_PROMOS.replace("start: 2025-12-17", "start: 2026-02-27")
        .replace("end: 2025-12-23", "end: 2026-03-02")
        .replace("code: DEPLOYNOW", "code: RAMADAN26")
        .replace("discount: 199000", "discount: 250000"),
    );
    await buildAt("2026-03-01T12:00:00+07:00");
    const $ = await site.page("/");
    expect($(".promo-fine").text()).toBe("*Khusus program Complete Series | Periode: 27 Februari – 2 Maret 2026");
    expect($(".promo-headline").text()).toBe("Upgrade Skill IT Sekarang Diskon 250k*");
    expect(visibleText($, ".promo-when")).toBe("Berakhir Senin, 2 Maret 2026 pukul 23.59 WIB");
    for (const [file, page] of await allPages()) {
      const html = page.html();
      for (const stale of ["DEPLOYNOW", "199k", "Desember 2025", "1765904400000"]) expect(html, `${file}: ${stale}`).not.toContain(stale);
    }
  });
});

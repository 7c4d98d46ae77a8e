/**
 * The view models templates print (src/lib/promo-view.ts, catalog-view.ts):
 * every decision about promos, prices and filters is made here, in each
 * promo state, from the tests' fixture data.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadSiteData } from "../../src/eleventy/data.ts";
import { fixtureData, removeFixtureData, ROOT } from "../helpers/site.ts";
import { FIXTURE_PROMO } from "../helpers/instants.ts";

const dir = fixtureData({}, "views-");
afterAll(removeFixtureData);

const at = (PROMO_NOW: string) => loadSiteData(dir, { PROMO_NOW });
const UPCOMING = "2025-12-16T20:00:00+07:00";
const ACTIVE = FIXTURE_PROMO.active;
const ENDED = "2025-12-24T00:00:00+07:00";

describe("the promo as pages show it", () => {
  it("while active: live, its texts ready, the active parts shown and the others hidden", () => {
    const { promo } = at(ACTIVE);
    expect(promo).toMatchObject({
      live: true,
      state: "active",
      hidden: { upcoming: true, active: false, ended: true },
      discountLabel: "Diskon 199k",
      finePrint: "*Khusus program Complete Series | Periode: 17–23 Desember 2025",
      barDetail: "program Complete Series",
      programsTitle: "Program Complete Series",
      codeNote: "Harga promo berlaku dengan kode DEPLOYNOW.",
      endedNote: null,
      share: {
        title: "Diskon Special Akhir Tahun: Upgrade Skill IT Sekarang Diskon 199k",
        description: "Khusus program Complete Series | Periode: 17–23 Desember 2025",
        when: "Periode: 17–23 Desember 2025",
      },
    });
    expect(promo!.programs.map((p) => p.series)).toEqual(["Complete Series", "Complete Series", "Complete Series", "Complete Series"]);
    // Plain schema.org: the discount is in the price, one Offer per program it discounts.
    expect(promo!.offers.map((o) => [o.name, o.price])).toEqual(
      promo!.programs.map((p) => [`Diskon Special Akhir Tahun: ${p.title}`, p.price - 199000]),
    );
    for (const offer of promo!.offers) {
      expect(Object.keys(offer).sort()).toEqual([
        "@context",
        "@type",
        "itemOffered",
        "name",
        "price",
        "priceCurrency",
        "seller",
        "url",
        "validFrom",
        "validThrough",
      ]);
      expect(offer).toMatchObject({
        "@type": "Offer",
        priceCurrency: "IDR",
        validFrom: "2025-12-17T00:00:00+07:00",
        validThrough: "2025-12-24T00:00:00+07:00",
      });
    }
  });

  it("while upcoming: live, with the upcoming parts shown", () => {
    expect(at(UPCOMING).promo).toMatchObject({ live: true, hidden: { upcoming: false, active: true, ended: true } });
  });

  it("once ended: not live, no programs, no offer; only the ended note shows", () => {
    expect(at(ENDED).promo).toMatchObject({
      live: false,
      programs: [],
      offers: [],
      share: null,
      hidden: { upcoming: true, active: true, ended: false },
      endedNote: "Promo “Diskon Special Akhir Tahun” telah berakhir.",
    });
  });

  it("with no promo at all: none, and every price alone", () => {
    const data = loadSiteData(fixtureData({ "promos.yaml": "promos: []\n" }, "views-"), { PROMO_NOW: ACTIVE });
    expect(data.promo).toBeNull();
    expect(data.courses.programs.every((p) => p.pricing.promo === null && !p.discounted)).toBe(true);
  });
});

describe("each program's price", () => {
  const python = (now: string) => at(now).courses.programs.find((p) => p.id === "back-end-python-complete")!;
  const docker = (now: string) => at(now).courses.programs.find((p) => p.id === "docker-untuk-developer")!;

  it("shows the promo price while a live promo discounts the program, with the parts of its state", () => {
    expect(python(ACTIVE)).toMatchObject({
      meta: "Pemula · Back End · 12 minggu",
      labels: ["Pemula", "12 minggu"],
      icon: "cat-back-end",
      discounted: true,
      pricing: {
        normal: "Rp1.499.000",
        promo: {
          price: "Rp1.300.000",
          startText: "Mulai Rabu, 17 Desember 2025 pukul 00.00 WIB",
          hidden: { active: false, upcoming: true },
        },
      },
    });
    expect(python(UPCOMING).pricing.promo?.hidden).toMatchObject({ active: true, upcoming: false });
  });

  it("shows the normal price alone for other series, and for every program once the promo has ended", () => {
    expect(docker(ACTIVE)).toMatchObject({ discounted: false, pricing: { normal: "Rp549.000", promo: null } });
    expect(python(ENDED)).toMatchObject({ discounted: false, pricing: { normal: "Rp1.499.000", promo: null } });
  });
});

describe("the catalog as pages show it", () => {
  it("on /kelas/: every card shown, counts of the whole catalog, nothing selected", () => {
    const { view } = at(ACTIVE).courses;
    expect(view.cards.filter((c) => c.hidden)).toEqual([]);
    expect(view).toMatchObject({ resultText: "10 program", emptyHidden: true, selection: "" });
    const level = view.groups.find((g) => g.group === "level")!;
    expect(level.values.map((v) => [v.slug, v.count, v.url, v.current])).toEqual([
      ["pemula", 4, "/kelas/level/pemula/", false],
      ["menengah", 4, "/kelas/level/menengah/", false],
      ["mahir", 2, "/kelas/level/mahir/", false],
    ]);
  });

  it("on a filter page: its value selected, its programs shown, the other groups counted within them", () => {
    const page = at(ACTIVE).courses.filterPages.find((p) => p.url === "/kelas/level/pemula/")!;
    expect(page.view).toMatchObject({ resultText: "4 program", emptyHidden: true, selection: "level=pemula" });
    expect(page.view.cards.filter((c) => !c.hidden).map((c) => c.program.level)).toEqual(["Pemula", "Pemula", "Pemula", "Pemula"]);
    const value = (group: string, slug: string) => page.view.groups.find((g) => g.group === group)!.values.find((v) => v.slug === slug)!;
    expect(value("level", "pemula")).toMatchObject({ current: true, count: 4 });
    expect(value("kategori", "devops")).toMatchObject({ current: false, count: 0 });
    expect(value("skill", "sql")).toMatchObject({ count: 3 });
  });

  it("gives the cart page the live promo, and none once it has ended", () => {
    expect(at(ACTIVE).courses.cart.promo).toMatchObject({ code: "DEPLOYNOW", discount: 199000 });
    expect(at(ENDED).courses.cart.promo).toBeNull();
  });
});

describe("templates", () => {
  const templates = [
    join(ROOT, "_includes/layouts"),
    join(ROOT, "_includes/partials"),
    join(ROOT, "src/pages"),
    join(ROOT, "src/pages/kelas"),
  ].flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith(".njk"))
      .map((f) => join(d, f)),
  );

  it("compare no promo state and name no series: they print fields of the view models", () => {
    for (const file of templates) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/state\s*(==|!=)|"(upcoming|active|ended)"\s*(==|!=)|(==|!=)\s*"(upcoming|active|ended)"/);
      expect(text, file).not.toMatch(/Complete Series|Kelas Singkat|Kelas Lanjutan/);
      expect(text, file).not.toMatch(/promos\.current/);
    }
  });
});

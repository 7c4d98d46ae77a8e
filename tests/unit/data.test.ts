/** The data folder loaded as one: each file checked, then the rules that join them. */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadSiteData } from "../../src/eleventy/data.ts";
import { FIXTURE_CONTENT, fixtureData, removeFixtureData } from "../helpers/site.ts";
import { FIXTURE_PROMO } from "../helpers/instants.ts";

// Fixture facts: akhir-tahun-2025 runs 17–23 December 2025, 199000 off the
// Complete Series, whose cheapest program (back-end-php-laravel-complete) costs 1299000.
const DURING = FIXTURE_PROMO.active;
// Within the 14 days an ended promo is still noted.
const AFTER = "2026-01-02T09:00:00+07:00";

afterEach(removeFixtureData);

/** A copy of the fixture's _data/ with `edit` applied to promos.yaml. */
const dataDir = (edit: (promos: string) => string = (p) => p): string =>
  fixtureData({ "promos.yaml": edit(readFileSync(join(FIXTURE_CONTENT, "_data/promos.yaml"), "utf8")) });
const promosFile = (dir: string) => relative(process.cwd(), join(dir, "promos.yaml"));

describe("loadSiteData", () => {
  it("gives the site, the promos at PROMO_NOW and the catalog", () => {
    const data = loadSiteData(dataDir(), { PROMO_NOW: DURING });
    expect(data.site.timeZone).toBe("Asia/Jakarta");
    expect(data.promos.current).toMatchObject({ id: "akhir-tahun-2025", state: "active" });
    expect(data.courses.programs.length).toBeGreaterThan(0);
  });

  it("accepts a file with no promo at all", () => {
    expect(
      loadSiteData(
        dataDir(() => "promos: []\n"),
        { PROMO_NOW: DURING },
      ).promos.current,
    ).toBeNull();
  });

  it("refuses a discount that is not below the price of every program it discounts, naming the program and both amounts", () => {
    const dir = dataDir((p) => p.replace("discount: 199000", "discount: 1300000"));
    expect(() => loadSiteData(dir, { PROMO_NOW: DURING })).toThrow(
      `${promosFile(dir)}: promo "akhir-tahun-2025" (#1), field "discount": found 1300000; expected less than the price of every program it discounts; program "back-end-php-laravel-complete" in _data/courses.yaml costs 1299000 (Rp1.299.000)`,
    );
  });

  it("refuses a discount equal to a price (it would sell the program for Rp0)", () => {
    expect(() =>
      loadSiteData(
        dataDir((p) => p.replace("discount: 199000", "discount: 1299000")),
        { PROMO_NOW: DURING },
      ),
    ).toThrow(/field "discount": found 1299000/);
  });

  it("refuses a promo whose series no program has, listing the series there are", () => {
    const dir = dataDir((p) => p.replace("series: Complete Series", "series: Complete Seris"));
    expect(() => loadSiteData(dir, { PROMO_NOW: DURING })).toThrow(
      `${promosFile(dir)}: promo "akhir-tahun-2025" (#1), field "series": found "Complete Seris"; expected a series that programs of _data/courses.yaml have: Complete Series, Kelas Singkat, Kelas Lanjutan`,
    );
  });

  it("checks an upcoming promo as well", () => {
    const dir = dataDir((p) => p.replace("series: Complete Series", "series: Complete Seris"));
    expect(() => loadSiteData(dir, { PROMO_NOW: "2025-12-01" })).toThrow(/field "series"/);
  });

  it("leaves an ended promo alone: it shows no price, so a later price change cannot break the build", () => {
    const dir = dataDir((p) => p.replace("discount: 199000", "discount: 5000000").replace("series: Complete Series", "series: Lama"));
    expect(loadSiteData(dir, { PROMO_NOW: AFTER }).promos.current).toMatchObject({ state: "ended" });
  });

  it("refuses an unknown or a missing data file", () => {
    const extra = dataDir();
    writeFileSync(join(extra, "promo.yaml"), "promos: []\n");
    expect(() => loadSiteData(extra, { PROMO_NOW: DURING })).toThrow(
      /promo\.yaml: unknown data file; expected only site\.yaml, promos\.yaml, courses\.yaml/,
    );
    const missing = dataDir();
    rmSync(join(missing, "courses.yaml"));
    expect(() => loadSiteData(missing, { PROMO_NOW: DURING })).toThrow(/courses\.yaml: missing; the site needs this file/);
  });
});

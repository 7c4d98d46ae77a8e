/**
 * The editor's save check (src/cms/rules.ts) against the build: for each
 * cross-file rule, the same data refused by loadSiteData (the build's data
 * load) is refused before saving with the very same words, and data the
 * build takes is saved. Data from the tests' fixture, changed per case.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { published, saveProblem, type Published } from "../../src/cms/rules.ts";
import { loadSiteData } from "../../src/eleventy/data.ts";
import { loadCourses } from "../../src/data/load-courses.ts";
import { parseAuthorDate } from "../../src/lib/dates.ts";
import { formatProblem } from "../../src/lib/validation.ts";
import { updatedProblem } from "../../src/lib/post-dates.ts";
import type { PromoInput } from "../../src/lib/promo-schema.ts";
import { resolvePromos } from "../../src/lib/promos.ts";
import { FIXTURE_CONTENT, fixtureData, removeFixtureData } from "../helpers/site.ts";

const fixture = (name: string) => parse(readFileSync(join(FIXTURE_CONTENT, "_data", name), "utf8")) as Record<string, unknown>;
const ZONE = (fixture("site.yaml") as { timeZone: string }).timeZone;
type PromoData = PromoInput;
const COURSES = fixture("courses.yaml") as { courses: { id: string; series: string; price: number }[] };
const [FIRST] = (fixture("promos.yaml") as { promos: PromoData[] }).promos as [PromoData];
/** Noon of the promo's first day: it is running, so the catalog's prices apply to it. */
const NOW = parseAuthorDate(FIRST.start, ZONE)!.value.set({ hour: 12 });
const catalog = loadCourses(COURSES, "_data/courses.yaml");
const SITE: Published = published(resolvePromos([FIRST], ZONE, "_data/promos.yaml"), catalog);
const day = (text: string, days: number) => parseAuthorDate(text, ZONE)!.value.plus({ days }).toISODate()!;
const SECOND: PromoData = { ...FIRST, id: "promo-kedua", code: "KEDUA", start: day(FIRST.end, 10), end: day(FIRST.end, 16) };
const cheapest = COURSES.courses.filter((c) => c.series === FIRST.series).sort((a, b) => a.price - b.price)[0]!;

afterAll(removeFixtureData);

/** What the build says of the fixture's data folder with these files replaced, with its paths as the editor names them. */
function buildSays(files: { promos?: unknown; courses?: unknown }): string | null {
  const dir = fixtureData(Object.fromEntries(Object.entries(files).map(([name, data]) => [`${name}.yaml`, stringify(data)])), "rules-");
  try {
    loadSiteData(dir, { PROMO_NOW: NOW.toISO()! });
    return null;
  } catch (error) {
    return (error as Error).message.replaceAll(`${relative(process.cwd(), dir)}/`, "_data/");
  }
}

const savePromos = (promos: PromoData[]) =>
  saveProblem({ collection: "promos", path: "_data/promos.yaml", data: { promos } }, SITE, NOW.toMillis(), ZONE);
const saveCatalog = (courses: unknown) =>
  saveProblem({ collection: "catalog", path: "_data/courses.yaml", data: courses as Record<string, unknown> }, SITE, NOW.toMillis(), ZONE);

describe("a promos file, before it is saved", () => {
  it.each([
    ["an end before the start", [{ ...FIRST, end: day(FIRST.start, -1) }], 'field "end"'],
    ["two overlapping promos", [FIRST, { ...SECOND, start: FIRST.end }], 'field "start"'],
    ["an id used twice", [FIRST, { ...SECOND, id: FIRST.id }], 'field "id"'],
    ["a code used twice", [FIRST, { ...SECOND, code: FIRST.code }], 'field "code"'],
    ["a discount not below the price of a program of its series", [{ ...FIRST, discount: cheapest.price }], `program "${cheapest.id}"`],
  ])("refuses %s with the build's own words", (_, promos, mentions) => {
    const said = savePromos(promos);
    expect(said).toContain(mentions);
    expect(said).toBe(buildSays({ promos: { promos } }));
  });

  it("saves what the build takes: two promos one after the other, each below every price", () => {
    expect(buildSays({ promos: { promos: [FIRST, SECOND] } })).toBeNull();
    expect(savePromos([FIRST, SECOND])).toBeNull();
  });
});

describe("the catalog, before it is saved", () => {
  const priced = (price: number) => ({ ...COURSES, courses: COURSES.courses.map((c) => (c.id === cheapest.id ? { ...c, price } : c)) });

  it("refuses a price at or below the discount of a promo that has not ended, in the build's words", () => {
    const said = saveCatalog(priced(FIRST.discount));
    expect(said).toContain(`program "${cheapest.id}" in _data/courses.yaml costs ${FIRST.discount}`);
    expect(said).toBe(buildSays({ courses: priced(FIRST.discount) }));
  });

  it("saves a new price above every discount, and holds no price to an ended promo", () => {
    expect(saveCatalog(priced(FIRST.discount + 1))).toBeNull();
    const later = saveProblem(
      { collection: "catalog", path: "_data/courses.yaml", data: priced(FIRST.discount) },
      SITE,
      NOW.plus({ years: 1 }).toMillis(),
      ZONE,
    );
    expect(later).toBeNull();
  });

  it("refuses what the catalog's own rules refuse, such as an id used twice", () => {
    const twice = { ...COURSES, courses: [...COURSES.courses, COURSES.courses[0]] };
    expect(saveCatalog(twice)).toContain('field "id"');
  });
});

describe("an article, before it is saved", () => {
  const save = (data: Record<string, unknown>) =>
    saveProblem({ collection: "posts", path: "src/posts/artikel.md", data }, SITE, NOW.toMillis(), ZONE);

  it("refuses an updated day before its date, with the words of the build's content check", () => {
    const data = { title: "Artikel", date: "2025-03-10", updated: "2025-03-09" };
    expect(save(data)).toBe(formatProblem("src/posts/artikel.md", updatedProblem(data.updated, data.date, ZONE)!));
    expect(save(data)).toContain("a day on or after the article's date, 2025-03-10");
  });

  it.each([[undefined], [""], ["2025-03-10"], ["2025-04-01"]])("saves updated %j", (updated) => {
    expect(save({ title: "Artikel", date: "2025-03-10T09:00:00+07:00", updated })).toBeNull();
  });
});

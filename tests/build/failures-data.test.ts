/**
 * Bad data fails the build as an author meets it (the file, the item, the
 * field, the value and what is expected; dist/ kept), a fault in the code
 * keeps its stack trace, and a good build after a deletion leaves nothing
 * stale. Built in this process.
 */
import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFailingSite, DURING, expectCleanFailure, FIXTURE_PROMOS, STACK_LINE, type FailingSite } from "../helpers/failing-site.ts";
import { FIXTURE_CONTENT, type Fixture } from "../helpers/site.ts";

let failing: FailingSite;
let site: Fixture;
beforeAll(async () => {
  failing = await createFailingSite();
  site = failing.site;
});
afterAll(() => site.dispose());

describe("bad data", { concurrent: false }, () => {
  const FIXTURE_COURSES = readFileSync(join(FIXTURE_CONTENT, "_data/courses.yaml"), "utf8");
  /** The fixture's data files, with `edit` applied to one of them. */
  async function withData(file: "promos" | "courses" = "promos", edit: (yaml: string) => string = (y) => y): Promise<void> {
    await site.write("_data/promos.yaml", file === "promos" ? edit(FIXTURE_PROMOS) : FIXTURE_PROMOS);
    await site.write("_data/courses.yaml", file === "courses" ? edit(FIXTURE_COURSES) : FIXTURE_COURSES);
  }
  afterAll(() => withData());
  const SECOND = FIXTURE_PROMOS.replace(/^promos:\n/m, "")
    .replace(/\n$/, "")
    .replace("start: 2025-12-17", "start: 2026-02-01")
    .replace("end: 2025-12-23", "end: 2026-02-07");

  it.each([
    [
      "a repeated promo id",
      "promos",
      (y: string) => `${y.trimEnd()}\n${SECOND}\n`,
      '_data/promos.yaml: promo "akhir-tahun-2025" (#2), field "id": found "akhir-tahun-2025"; expected an id not already used by promo #1',
    ],
    [
      "a promo that ends before it starts",
      "promos",
      (y: string) => y.replace("end: 2025-12-23", "end: 2025-12-16"),
      '_data/promos.yaml: promo "akhir-tahun-2025" (#1), field "end": found "2025-12-16"; expected a moment after start (2025-12-17)',
    ],
    [
      "YAML that is not well formed",
      "promos",
      (y: string) => y.replace("discount: 199000", "discount: [199000"),
      "_data/promos.yaml: not valid YAML",
    ],
    [
      "a discount not below a program's price",
      "promos",
      (y: string) => y.replace("discount: 199000", "discount: 1600000"),
      '_data/promos.yaml: promo "akhir-tahun-2025" (#1), field "discount": found 1600000; expected less than the price of every program it discounts; program "back-end-python-complete" in _data/courses.yaml costs 1499000 (Rp1.499.000)',
    ],
    [
      "a series no program has",
      "promos",
      (y: string) => y.replace("series: Complete Series", "series: Complete Seris"),
      '_data/promos.yaml: promo "akhir-tahun-2025" (#1), field "series": found "Complete Seris"',
    ],
    [
      "a price cut below the live promo's discount",
      "courses",
      (y: string) => y.replace("price: 1299000", "price: 199000"),
      '_data/promos.yaml: promo "akhir-tahun-2025" (#1), field "discount": found 199000; expected less than the price of every program it discounts; program "back-end-php-laravel-complete" in _data/courses.yaml costs 199000 (Rp199.000)',
    ],
    [
      "a skill typo in a program",
      "courses",
      (y: string) => y.replace("skills: [Python, SQL, Git]", "skills: [Pyhton, SQL, Git]"),
      '_data/courses.yaml: program "back-end-python-complete" (#1), field "skills.0": found "Pyhton"; expected one of skills:',
    ],
  ] as const)("fails on %s, naming file, item, field and expectation, and keeps dist/", async (_, file, edit, message) => {
    await withData(file, edit);
    await expectCleanFailure(failing, await site.buildHere({ PROMO_NOW: DURING }), message);
  });

  it("fails on a PROMO_NOW it cannot read", async () => {
    await withData();
    await expectCleanFailure(
      failing,
      await site.buildHere({ PROMO_NOW: "besok" }),
      'PROMO_NOW: found "besok"; expected a date-time with its offset',
    );
  });

  it("shows the stack trace of a content error when asked with DEBUG=1", async () => {
    await withData("promos", (y) => y.replace("discount: 199000", "discount: 1600000"));
    const result = await site.buildHere({ PROMO_NOW: DURING, DEBUG: "1" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(STACK_LINE);
    expect(result.stderr.trimEnd().split("\n").at(-1)).toContain('field "discount": found 1600000');
  });
});

describe("a fault in the code", { concurrent: false }, () => {
  afterAll(() => site.remove("src/pages/rusak.njk"));

  it("keeps its stack trace, names it a fault in the code, and keeps dist/", async () => {
    await site.write("src/pages/rusak.njk", "---\npermalink: /rusak/\n---\n{{ 'x' | filterYangTidakAda }}\n");
    const result = await site.buildHere();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(STACK_LINE);
    expect(result.stderr).toContain(
      "a fault in the build code, not in the content:\n  Having trouble rendering njk template ./src/pages/rusak.njk",
    );
    expect(result.stderr.trimEnd().split("\n").at(-1)).toContain("filterYangTidakAda");
    expect(await site.read("dist/index.html")).toBe(failing.goodIndex);
    expect((await readdir(site.dir)).filter((f) => f.startsWith("dist."))).toEqual([]);
  });
});

describe("clean output", { concurrent: false }, () => {
  it("removes a deleted article's page on the next build", async () => {
    expect(site.exists("dist/blog/lama/index.html")).toBe(true);
    await site.remove("src/posts/lama.md");
    const result = await site.buildHere();
    expect(result.code, result.stderr).toBe(0);
    expect(site.exists("dist/blog/lama/index.html")).toBe(false);
    expect(await site.read("dist/sitemap.xml")).not.toContain("/blog/lama/");
    expect(site.exists("dist/blog/baik/index.html")).toBe(true);
    expect((await readdir(site.dir)).filter((f) => f.startsWith("dist."))).toEqual([]);
  });
});

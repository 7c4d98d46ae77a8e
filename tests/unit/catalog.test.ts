import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stringify, parse } from "yaml";
import { dataFileParser } from "../../src/eleventy/data.ts";
import { loadCourses } from "../../src/data/load-courses.ts";
import { cartData } from "../../src/lib/catalog-view.ts";
import { emptySelection, facetCounts, matches, parseSelection, toggle, toQuery } from "../../src/lib/catalog-filter.ts";
import type { Catalog } from "../../src/lib/courses.ts";
import { FIXTURE_CONTENT } from "../helpers/site.ts";
import { jsonSchema } from "../../src/schemas/generate.ts";

const FILE = "_data/courses.yaml";
const shipped = parse(readFileSync(`${FIXTURE_CONTENT}/${FILE}`, "utf8"));
const load = (data: unknown) => dataFileParser({ "courses.yaml": loadCourses })(stringify(data), FILE) as Catalog;

describe("a catalog file as authors write it (the tests' fixture file)", () => {
  const catalog = load(shipped);
  it("is read with its programs and series", () => {
    expect(catalog.programs).toHaveLength(10);
    expect(catalog.series).toEqual(["Complete Series", "Kelas Singkat", "Kelas Lanjutan"]);
  });
  it("counts programs per filter value and makes one page per value", () => {
    const level = catalog.filters.find((f) => f.group === "level")!;
    expect(level.values.map((v) => v.slug)).toEqual(["pemula", "menengah", "mahir"]);
    expect(level.values.reduce((n, v) => n + v.count, 0)).toBe(catalog.programs.length);
    expect(catalog.filterPages.map((p) => p.url)).toContain("/kelas/kategori/back-end/");
    expect(catalog.filterPages.map((p) => p.url)).toContain("/kelas/skill/python/");
  });
  it("has a JSON Schema for editors generated from the same zod schema", () => {
    expect(readFileSync("src/schemas/courses.schema.json", "utf8"), "run `npm run schemas`").toBe(jsonSchema("courses.schema.json"));
  });
});

describe("bad catalog data fails with file, program, field and expectation", () => {
  const first = shipped.courses[0];
  const withFirst = (change: object) => ({ ...shipped, courses: [{ ...first, ...change }, ...shipped.courses.slice(1)] });
  it.each([
    [
      "a skill not in the list",
      withFirst({ skills: ["Pyhton"] }),
      `${FILE}: program "${first.id}" (#1), field "skills.0": found "Pyhton"; expected one of skills: Python`,
    ],
    [
      "a category not in the list",
      withFirst({ category: "Backend" }),
      `program "${first.id}" (#1), field "category": found "Backend"; expected one of categories: Back End`,
    ],
    ["an unknown level", withFirst({ level: "Ahli" }), `field "level": found "Ahli"; expected one of levels: Pemula, Menengah, Mahir`],
    ["a price that is not whole", withFirst({ price: 1499.5 }), `field "price": found 1499.5; expected a whole, positive price in rupiah`],
    ["a missing title", withFirst({ title: undefined }), `field "title": found nothing (the field is missing)`],
    [
      "a repeated id",
      { ...shipped, courses: [...shipped.courses, first] },
      `field "id": found "${first.id}"; expected an id not already used by program #1`,
    ],
  ])("%s", (_, data, message) => {
    expect(() => load(data)).toThrow(message);
  });
});

describe("promo and catalog together", () => {
  const catalog = load(shipped);
  const promo = {
    id: "akhir-tahun",
    series: "Complete Series",
    state: "active",
    startsAt: 1,
    endsAt: 2,
    discount: 199000,
    code: "DEPLOYNOW",
  };
  it("gives the cart page current prices and the promo only while it is not over", () => {
    expect(cartData(catalog, promo as never).promo).toMatchObject({ code: "DEPLOYNOW", discount: 199000 });
    expect(cartData(catalog, { ...promo, state: "ended" } as never).promo).toBeNull();
  });
});

describe("filter selection", () => {
  const facets = { level: ["pemula"], kategori: ["back-end"], skill: ["python", "sql"] };
  it("matches any value within a group and every group", () => {
    expect(matches(facets, emptySelection())).toBe(true);
    expect(matches(facets, { ...emptySelection(), skill: ["go", "sql"] })).toBe(true);
    expect(matches(facets, { ...emptySelection(), level: ["pemula"], skill: ["go"] })).toBe(false);
  });
  it("round-trips through the URL", () => {
    const selection = toggle(toggle(emptySelection(), "level", "pemula"), "skill", "python");
    expect(toQuery(selection)).toBe("?level=pemula&skill=python");
    expect(parseSelection("?level=pemula&skill=python")).toEqual(selection);
    expect(toQuery(toggle(selection, "level", "pemula"))).toBe("?skill=python");
    expect(toQuery(emptySelection())).toBe("");
  });
});

describe("filter counts", () => {
  const programs = [
    { level: ["pemula"], kategori: ["data"], skill: ["python", "sql"] },
    { level: ["pemula"], kategori: ["back-end"], skill: ["php"] },
    { level: ["mahir"], kategori: ["data"], skill: ["python"] },
  ];

  it("count every program when nothing is selected", () => {
    expect(facetCounts(programs, emptySelection())).toEqual({
      level: { pemula: 2, mahir: 1 },
      kategori: { data: 2, "back-end": 1 },
      skill: { python: 2, sql: 1, php: 1 },
    });
  });

  it("follow the other groups' selections and leave a group's own selection out", () => {
    const counts = facetCounts(programs, { ...emptySelection(), level: ["pemula"], skill: ["python"] });
    // Level: programs with Python, whatever their level.
    expect(counts.level).toEqual({ pemula: 1, mahir: 1 });
    // Kategori: Pemula and Python.
    expect(counts.kategori).toEqual({ data: 1 });
    // Skill: every Pemula program.
    expect(counts.skill).toEqual({ python: 1, sql: 1, php: 1 });
  });
});

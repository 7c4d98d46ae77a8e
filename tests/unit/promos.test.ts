import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { dataFileParser, loadSite } from "../../src/eleventy/data.ts";
import { loadPromos, renderInstant, type PromosData } from "../../src/data/load-promos.ts";
import { FIXTURE_CONTENT } from "../helpers/site.ts";
import { jsonSchema } from "../../src/schemas/generate.ts";
import { FIXTURE_PROMO } from "../helpers/instants.ts";

const ZONE = "Asia/Jakarta";
const FILE = "_data/promos.yaml";
const seed = {
  id: "akhir-tahun",
  title: "Diskon Special Akhir Tahun",
  headline: "Upgrade Skill IT Sekarang",
  discount: 199000,
  appliesTo: "program Complete Series",
  series: "Complete Series",
  code: "DEPLOYNOW",
  start: "2025-12-17",
  end: "2025-12-23",
  cta: { label: "Daftar", url: "/kelas/" },
};

const parser = (PROMO_NOW: string) =>
  dataFileParser({ "promos.yaml": (raw, file) => loadPromos(raw, file, ZONE, renderInstant(PROMO_NOW, ZONE)) });

function load(promos: unknown[], PROMO_NOW: string = FIXTURE_PROMO.active, settings: Record<string, unknown> = {}): PromosData {
  return parser(PROMO_NOW)(stringify({ ...settings, promos }), FILE) as PromosData;
}

describe("a promos file as authors write it", () => {
  it("is read with its comments, dates and amounts (the tests' fixture file)", () => {
    const data = parser(FIXTURE_PROMO.active)(readFileSync(`${FIXTURE_CONTENT}/_data/promos.yaml`, "utf8"), FILE) as PromosData;
    expect(data.current).toMatchObject({ code: "DEPLOYNOW", discount: 199000, periodText: "17–23 Desember 2025", state: "active" });
  });

  it("has no promo to show when the list is empty", () => {
    expect(load([])).toMatchObject({ all: [], current: null });
  });

  it("has a JSON Schema for editors generated from the same zod schema", () => {
    expect(readFileSync("src/schemas/promos.schema.json", "utf8"), "run `npm run schemas`").toBe(jsonSchema("promos.schema.json"));
  });
});

describe("resolved instants and texts", () => {
  it("runs a date period from 00:00 WIB on the first day to 00:00 WIB after the last", () => {
    const [promo] = load([seed]).all;
    expect(new Date(promo!.startsAt).toISOString()).toBe("2025-12-16T17:00:00.000Z");
    expect(new Date(promo!.endsAt).toISOString()).toBe("2025-12-23T17:00:00.000Z");
  });

  it("derives every text from the data", () => {
    expect(load([seed]).current).toMatchObject({
      discountShort: "199k",
      periodText: "17–23 Desember 2025",
      startText: "Mulai Rabu, 17 Desember 2025 pukul 00.00 WIB",
      endText: "Berakhir Selasa, 23 Desember 2025 pukul 23.59 WIB",
      startIso: "2025-12-17T00:00:00+07:00",
    });
  });

  it("keeps exact instants given with an offset", () => {
    const current = load([{ ...seed, start: "2025-12-17T09:00:00+07:00", end: "2025-12-17T21:00:00+07:00" }]).current;
    expect(current).toMatchObject({ periodText: "17 Desember 2025", endText: "Berakhir Rabu, 17 Desember 2025 pukul 21.00 WIB" });
  });

  it.each([
    ["2025-12-16T16:59:59.999Z", "upcoming"],
    ["2025-12-16T17:00:00Z", "active"],
    ["2025-12-23T16:59:59.999Z", "active"],
    ["2025-12-23T17:00:00Z", "ended"],
  ])("at PROMO_NOW=%s the promo is %s", (now, state) => {
    expect(load([seed], now).current?.state).toBe(state);
  });

  it("refuses a PROMO_NOW it cannot read", () => {
    expect(() => renderInstant("besok", ZONE)).toThrow('PROMO_NOW: found "besok"; expected a date-time with its offset');
    expect(() => renderInstant("2025-12-20T09:00:00", ZONE)).toThrow(/PROMO_NOW/);
    expect(renderInstant("2025-12-20", ZONE)).toBe(Date.parse("2025-12-19T17:00:00Z"));
  });
});

describe("an upcoming promo is announced from its lead time, an ended one noted for 14 days", () => {
  const shown = (now: string, settings = {}) => load([seed], now, settings).current?.state ?? null;
  it.each([
    ["2025-12-02T23:59:59+07:00", {}, null],
    ["2025-12-03T00:00:00+07:00", {}, "upcoming"],
    ["2025-12-09T23:59:59+07:00", { announceDays: 7 }, null],
    ["2025-12-10T00:00:00+07:00", { announceDays: 7 }, "upcoming"],
    ["2026-01-06T23:59:59+07:00", {}, "ended"],
    ["2026-01-07T00:00:00+07:00", {}, null],
  ])("at %s with %o: %s", (now, settings, state) => expect(shown(now, settings)).toBe(state));

  it.each([0, 91, 2.5, "14"])("refuses announceDays: %o", (value) => {
    expect(() => load([seed], undefined, { announceDays: value })).toThrow(
      `${FILE}: field "announceDays": found ${JSON.stringify(value)}; expected a whole number of days from 1 to 90, such as 14`,
    );
  });
});

describe("bad input fails with file, promo, field, value and expectation", () => {
  const other = { ...seed, id: "tahun-baru", code: "TAHUNBARU", start: "2026-01-05", end: "2026-01-10" };
  it.each([
    [
      "an impossible date",
      [{ ...seed, start: "2025-02-30" }],
      '_data/promos.yaml: promo "akhir-tahun" (#1), field "start": found "2025-02-30"; expected a real calendar date written YYYY-MM-DD',
    ],
    [
      "end before start",
      [{ ...seed, end: "2025-12-16" }],
      'promo "akhir-tahun" (#1), field "end": found "2025-12-16"; expected a moment after start (2025-12-17)',
    ],
    [
      "a date-time without offset",
      [{ ...seed, start: "2025-12-17T09:00:00" }],
      'promo "akhir-tahun" (#1), field "start": found "2025-12-17T09:00:00"; expected a real calendar date written YYYY-MM-DD (such as "2025-12-17"), or a date-time with its offset (such as "2025-12-17T09:00:00+07:00"); a date-time without offset is ambiguous',
    ],
    [
      "a missing code",
      [{ ...seed, code: undefined }],
      'promo "akhir-tahun" (#1), field "code": found nothing (the field is missing); expected a promo code',
    ],
    ["an empty code", [{ ...seed, code: "" }], 'promo "akhir-tahun" (#1), field "code": found an empty text; expected a promo code'],
    [
      "a missing title",
      [{ ...seed, title: undefined }],
      'promo "akhir-tahun" (#1), field "title": found nothing (the field is missing); expected the promo\'s title',
    ],
    [
      "an empty title",
      [{ ...seed, title: " " }],
      'promo "akhir-tahun" (#1), field "title": found an empty text; expected the promo\'s title',
    ],
    [
      "a negative discount",
      [{ ...seed, discount: -199000 }],
      'promo "akhir-tahun" (#1), field "discount": found -199000; expected a whole, positive amount in rupiah',
    ],
    [
      "a non-integer discount",
      [{ ...seed, discount: 199.5 }],
      'promo "akhir-tahun" (#1), field "discount": found 199.5; expected a whole, positive amount in rupiah',
    ],
    [
      "a discount written as text",
      [{ ...seed, discount: "199k" }],
      'promo "akhir-tahun" (#1), field "discount": found "199k"; expected a whole, positive amount in rupiah',
    ],
    [
      "two promos with the same id",
      [seed, { ...other, id: "akhir-tahun" }],
      'promo "akhir-tahun" (#2), field "id": found "akhir-tahun"; expected an id not already used by promo #1',
    ],
    [
      "two promos with the same code",
      [seed, { ...other, code: seed.code }],
      `promo "tahun-baru" (#2), field "code": found "${seed.code}"; expected a code not already used by promo #1`,
    ],
    [
      "overlapping periods",
      [seed, { ...other, start: "2025-12-23" }],
      'promo "tahun-baru" (#2), field "start": found "2025-12-23"; expected a period that does not overlap promo "akhir-tahun" (2025-12-17 to 2025-12-23); only one promo can run at a time',
    ],
    [
      "an unknown field",
      [{ ...seed, discont: 1 }],
      'promo "akhir-tahun" (#1), field "discont": found 1; expected no such field here (check its spelling)',
    ],
    ["a promo without id", [{ ...seed, id: undefined }], 'promo #1, field "id": found nothing (the field is missing)'],
  ])("%s", (_, promos, message) => {
    expect(() => load(promos)).toThrow(message.startsWith("_data") ? message : `${FILE}: ${message}`);
  });

  it("accepts back-to-back promos", () => {
    expect(load([seed, { ...other, start: "2025-12-24" }]).all).toHaveLength(2);
  });

  it("refuses an unknown time zone in the site settings", () => {
    const site = readFileSync(`${FIXTURE_CONTENT}/_data/site.yaml`, "utf8").replace("timeZone: Asia/Jakarta", "timeZone: Asia/Jakata");
    expect(() => dataFileParser({ "site.yaml": loadSite })(site, "_data/site.yaml")).toThrow(
      '_data/site.yaml: field "timeZone": found "Asia/Jakata"; expected an IANA time zone name such as "Asia/Jakarta"',
    );
  });
});

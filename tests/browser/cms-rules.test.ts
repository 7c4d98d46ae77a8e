/**
 * The build's cross-file rules in the editor's form (src/cms/rules.ts), in
 * Chromium against decap-server: each save that breaks one is refused with
 * the build's message, and the file stays as it was. The tests' promos are
 * moved to come after today, so the catalog's prices apply to them.
 */
import { DateTime } from "luxon";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { saveProblem, type Entry, type Published } from "../../src/cms/rules.ts";
import type { PromoInput } from "../../src/lib/promo-schema.ts";
import { EDITOR_TEST_TIMEOUT } from "../helpers/browser.ts";
import { startEditor, type EditorSite } from "../helpers/cms.ts";
import { createFixture, type Fixture } from "../helpers/site.ts";

type PromoData = PromoInput;
type Program = Record<string, unknown> & { id: string; title: string; series: string; price: number };

let site: Fixture;
let editor: EditorSite;
let zone: string;
let promos: [PromoData, PromoData];

const openEditor = (route: string) => editor.open(route);
const days = (n: number) => DateTime.now().setZone(zone).plus({ days: n }).toISODate()!;

beforeAll(async () => {
  site = await createFixture({ withPosts: true });
  zone = (parse(await site.read("_data/site.yaml")) as { timeZone: string }).timeZone;
  const [first] = (parse(await site.read("_data/promos.yaml")) as { promos: PromoData[] }).promos as [PromoData];
  promos = [
    { ...first, start: days(20), end: days(26) },
    { ...first, id: "promo-kedua", code: "KEDUA", start: days(40), end: days(46) },
  ];
  await site.write("_data/promos.yaml", stringify({ promos }));
  const built = await site.buildHere();
  expect(built.code, built.stderr).toBe(0);
  editor = await startEditor(site.dir);
});

afterAll(async () => {
  await editor?.close();
  await site?.dispose();
});

/** What the build's rules say of saving `entry` now, against the deployed site (the tests' build). */
async function buildWords(entry: Entry): Promise<string> {
  const published = JSON.parse(await site.read("dist/admin/published.json")) as Published;
  const said = saveProblem(entry, published, Date.now(), zone);
  expect(said, "the change breaks a rule").not.toBeNull();
  return said!;
}

/** Presses Publish now; the editor must refuse with `message` (each of its lines shown), the file untouched. */
async function expectRefused(page: Page, path: string, before: string, message: string): Promise<void> {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("menuitem", { name: "Publish now" }).click();
  for (const line of message.split("\n")) await page.getByText(line, { exact: false }).first().waitFor();
  expect(await site.read(path)).toBe(before);
}

describe("the editor refuses a save that breaks one of the build's cross-file rules", { timeout: EDITOR_TEST_TIMEOUT }, () => {
  const PROMOS = "_data/promos.yaml";
  const promoEntry = (changed: PromoData[]): Entry => ({ collection: "promos", path: PROMOS, data: { promos: changed } });

  it("an end before the start", async () => {
    const before = await site.read(PROMOS);
    const end = DateTime.fromISO(promos[0].start).minus({ days: 1 }).toISODate()!;
    const page = await openEditor("/collections/promos/entries/promos");
    await page.locator('input[type="date"]').nth(1).fill(end);
    await expectRefused(page, PROMOS, before, await buildWords(promoEntry([{ ...promos[0], end }, promos[1]])));
  });

  it("a promo overlapping another", async () => {
    const before = await site.read(PROMOS);
    const page = await openEditor("/collections/promos/entries/promos");
    await page.locator('input[type="date"]').nth(2).fill(promos[0].end);
    await expectRefused(page, PROMOS, before, await buildWords(promoEntry([promos[0], { ...promos[1], start: promos[0].end }])));
  });

  it.each([
    ["an id", "id", "Id"],
    ["a code", "code", "Code"],
  ] as const)("%s another promo has", async (_, field, label) => {
    const before = await site.read(PROMOS);
    const page = await openEditor("/collections/promos/entries/promos");
    await page.getByLabel(label, { exact: true }).nth(1).fill(promos[0][field]);
    await expectRefused(page, PROMOS, before, await buildWords(promoEntry([promos[0], { ...promos[1], [field]: promos[0][field] }])));
  });

  it("a discount not below the price of a program of its series", async () => {
    const before = await site.read(PROMOS);
    const { courses } = parse(await site.read("_data/courses.yaml")) as { courses: Program[] };
    const price = Math.min(...courses.filter((c) => c.series === promos[0].series).map((c) => c.price));
    const page = await openEditor("/collections/promos/entries/promos");
    await page.getByLabel("Discount (Rp)").first().fill(String(price));
    await expectRefused(page, PROMOS, before, await buildWords(promoEntry([{ ...promos[0], discount: price }, promos[1]])));
  });

  it("a price at or below the discount of a promo to come", async () => {
    const path = "_data/courses.yaml";
    const before = await site.read(path);
    const catalog = parse(before) as { courses: Program[] };
    const index = catalog.courses.findIndex((c) => c.series === promos[0].series);
    const program = catalog.courses[index]!;
    const page = await openEditor("/collections/catalog/entries/courses");
    await page.getByText(`${program.title}: Rp`).locator("xpath=..").getByRole("button").first().click();
    await page.getByLabel("Price (Rp)").first().fill(String(promos[0].discount));
    const changed = { ...catalog, courses: catalog.courses.map((c, i) => (i === index ? { ...c, price: promos[0].discount } : c)) };
    await expectRefused(page, path, before, await buildWords({ collection: "catalog", path, data: changed }));
  });

  it("an article updated before its date", async () => {
    const slug = "sql-pengertian-sejarah-fungsi-perintah-dasar";
    const path = `src/posts/${slug}.md`;
    const before = await site.read(path);
    const date = String((parse(/^---\n([\s\S]*?)\n---/.exec(before)![1]!) as { date: string }).date);
    const updated = DateTime.fromISO(date).minus({ days: 1 }).toISODate()!;
    const page = await openEditor(`/collections/posts/entries/${slug}`);
    await page.locator('input[type="date"]').nth(1).fill(updated);
    await expectRefused(page, path, before, await buildWords({ collection: "posts", path, data: { date, updated } }));
  });
});

/**
 * The editor at /admin/, end to end: Decap CMS as the site serves it (its
 * _headers CSP included), saving through decap-server into a copy of the
 * project with the tests' content, in a browser whose clock is in Los
 * Angeles; then the real build of what it saved.
 */
import { DateTime } from "luxon";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EDITOR_TEST_TIMEOUT } from "../helpers/browser.ts";
import { startEditor, type EditorSite } from "../helpers/cms.ts";
import { createFixture, type Fixture } from "../helpers/site.ts";

const ZONE = "Asia/Jakarta";

let site: Fixture;
let editor: EditorSite;

const data = async (path: string) => parse(await site.read(path)) as Record<string, unknown>;
/** An article's front matter and body, as the content plugin reads them. */
async function article(path: string): Promise<{ front: Record<string, unknown>; body: string }> {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(await site.read(path))!;
  return { front: parse(front!) as Record<string, unknown>, body: body!.replace(/^\n+/, "") };
}
const build = async (promoNow: string) => {
  const built = await site.buildHere({ PROMO_NOW: promoNow });
  expect(built.code, built.stderr).toBe(0);
};

/** The editor, signed in to the local backend, at `route` (a hash address). */
const openEditor = (route: string) => editor.open(route);

/** Publishes the open entry and waits until the file on disk has changed. */
async function publish(page: Page, path: string): Promise<void> {
  const before = site.exists(path) ? await site.read(path) : null;
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("menuitem", { name: "Publish now" }).click();
  // decap-server rewrites the file in place: wait until it has changed and then read the same twice in a row.
  let last = before;
  const settled = async () => {
    const now = site.exists(path) ? await site.read(path) : null;
    const done = now !== before && now === last;
    last = now;
    return done;
  };
  await expect.poll(settled, { interval: 100 }).toBe(true);
}

beforeAll(async () => {
  site = await createFixture({ withPosts: true });
  const promos = (await data("_data/promos.yaml")).promos as { start: string }[];
  await build(`${promos[0]!.start}T12:00:00+07:00`);
  editor = await startEditor(site.dir);
});

afterAll(async () => {
  await editor?.close();
  await site?.dispose();
});

describe("the editor at /admin/, against decap-server, in a browser in America/Los_Angeles", { timeout: EDITOR_TEST_TIMEOUT }, () => {
  it("changes a promo's end with the date field: the file gets the new end in Jakarta time, nothing else changes, and the page shows it", async () => {
    const before = await data("_data/promos.yaml");
    const promo = (before.promos as Record<string, string>[])[0]!;
    const newDay = DateTime.fromISO(promo.end!, { zone: ZONE }).plus({ days: 4 }).toISODate()!;

    const page = await openEditor("/collections/promos/entries/promos");
    const end = page.locator('input[type="date"]').nth(1);
    await end.fill(newDay);
    await end.locator("..").getByRole("checkbox").check();
    await end.locator("..").locator('input[type="time"]').fill("18:30");
    await publish(page, "_data/promos.yaml");

    const after = await data("_data/promos.yaml");
    const newEnd = `${newDay}T18:30:00+07:00`;
    expect(after).toEqual({ ...before, promos: [{ ...promo, end: newEnd }, ...(before.promos as unknown[]).slice(1)] });

    await build(`${promo.start}T12:00:00+07:00`);
    const home = await site.page("/");
    const expected = DateTime.fromISO(newEnd).setZone(ZONE).setLocale("id").toFormat("cccc, d MMMM yyyy 'pukul' 18.30");
    expect(home('.promo-when[data-when="active"]').text()).toBe(`Berakhir ${expected} WIB`);
    expect(editor.errors).toEqual([]);
  });

  it("changes a price: only that number changes in the catalog, and the choices from the file's own lists are kept", async () => {
    const before = await data("_data/courses.yaml");
    const [first, ...others] = before.courses as Record<string, unknown>[];
    const price = (first!.price as number) + 100_000;

    const page = await openEditor("/collections/catalog/entries/courses");
    // Programs are listed folded: open the first one by its item's toggle.
    await page.getByText(`${first!.title}: Rp`).locator("xpath=..").getByRole("button").first().click();
    const priceField = page.getByLabel("Price (Rp)").first();
    await priceField.fill(String(price));
    await publish(page, "_data/courses.yaml");

    expect(await data("_data/courses.yaml")).toEqual({ ...before, courses: [{ ...first, price }, ...others] });
    expect(editor.errors).toEqual([]);
  });

  it("writes an article from the form: valid front matter, and it builds as a page", async () => {
    const page = await openEditor("/collections/posts/new");
    await page.getByLabel("Title", { exact: true }).fill("Belajar Docker untuk Pemula");
    await page.getByLabel("Description", { exact: true }).fill("Container, image dan Docker Compose dalam satu sore.");
    await page.locator('input[type="date"]').first().fill("2026-11-20");
    await page.getByRole("button", { name: "Add tag" }).click();
    await page.locator('[id^="tags-field-"] input').last().fill("docker");
    await page.locator('[contenteditable="true"]').last().click();
    await page.keyboard.type("Docker membungkus aplikasi beserta kebutuhannya.\n\n## Apa Itu Container?\n\nSebuah proses yang terisolasi.");
    const path = "src/posts/belajar-docker-untuk-pemula.md";
    await publish(page, path);

    const { front, body } = await article(path);
    expect(front).toEqual({
      title: "Belajar Docker untuk Pemula",
      description: "Container, image dan Docker Compose dalam satu sore.",
      date: "2026-11-20",
      tags: ["docker"],
      draft: false,
    });
    expect(body).toContain("## Apa Itu Container?");
    const promos = (await data("_data/promos.yaml")).promos as { start: string }[];
    await build(`${promos[0]!.start}T12:00:00+07:00`);
    const page2 = await site.page("/blog/belajar-docker-untuk-pemula/");
    expect(page2("h1").text()).toBe("Belajar Docker untuk Pemula");
    expect(page2("article h2").first().text()).toBe("Apa Itu Container?");
    expect(editor.errors).toEqual([]);
  });

  it("edits an article's description: the other fields and the body are kept as they were", async () => {
    const path = "src/posts/sql-pengertian-sejarah-fungsi-perintah-dasar.md";
    const before = await article(path);
    const page = await openEditor("/collections/posts/entries/sql-pengertian-sejarah-fungsi-perintah-dasar");
    await page.getByLabel("Description", { exact: true }).fill("Ringkasan baru tentang SQL.");
    await publish(page, path);

    const after = await article(path);
    expect(after.front).toEqual({ ...before.front, description: "Ringkasan baru tentang SQL." });
    expect(after.body).toBe(before.body);
  });

  it("refuses to save a promo code the schema refuses, with the build's own words", async () => {
    const before = await site.read("_data/promos.yaml");
    const page = await openEditor("/collections/promos/entries/promos");
    await page.getByLabel("Code", { exact: true }).fill("diskon");
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByRole("menuitem", { name: "Publish now" }).click();
    await page.getByText('a promo code of 3 to 32 capital letters and digits, such as "DEPLOYNOW"').waitFor();
    expect(await site.read("_data/promos.yaml")).toBe(before);
  });
});

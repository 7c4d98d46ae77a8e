/**
 * An article on a 320 px phone: a wide table and a long line of code scroll
 * sideways inside themselves, reachable by keyboard; the page never does.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launch } from "../helpers/browser.ts";
import { serve, type StaticServer } from "../helpers/server.ts";
import { createFixture, post, type Fixture } from "../helpers/site.ts";

const COLUMNS = ["Perintah", "Kelompok", "Fungsi", "Contoh", "Catatan", "Versi"];
const BODY = `Paragraf pembuka.

| ${COLUMNS.join(" | ")} |
| ${COLUMNS.map(() => "---").join(" | ")} |
| ${COLUMNS.map((c) => `${c}_dengan_isi_yang_sangat_panjang_sekali`).join(" | ")} |

\`\`\`sql
SELECT kolom_pertama, kolom_kedua, kolom_ketiga, kolom_keempat FROM tabel_yang_namanya_panjang WHERE kolom_pertama = 'nilai yang juga panjang';
\`\`\`
`;

let site: Fixture;
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await createFixture({ posts: { "lebar.md": post({ title: '"Tabel Lebar"' }, BODY) } });
  const built = await site.buildHere();
  expect(built.code, built.stderr).toBe(0);
  server = await serve(`${site.dir}/dist`);
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
  await page.goto(`${server.url}/blog/lebar/`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.dispose();
});

/** [scrollWidth, clientWidth] of the first element matching `selector`. */
const widths = (selector: string) => page.locator(selector).first().evaluate((e): [number, number] => [e.scrollWidth, e.clientWidth]);

it("never widens the page", async () => {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
});

it("scrolls the wide table inside a region a keyboard can reach", async () => {
  const [scroll, client] = await widths(".prose .table-scroll");
  expect(scroll).toBeGreaterThan(client);
  const region = page.getByRole("region", { name: "Tabel" });
  expect(await region.getAttribute("tabindex")).toBe("0");
  expect(await region.locator("table th").allTextContents()).toEqual(COLUMNS);
});

it("scrolls the long line of code inside its block, which a keyboard can reach", async () => {
  const [scroll, client] = await widths(".prose pre");
  expect(scroll).toBeGreaterThan(client);
  expect(await page.locator(".prose pre").first().getAttribute("tabindex")).toBe("0");
});

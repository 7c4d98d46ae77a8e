/**
 * An article in Chromium. On a 320 px phone a wide table and a long line of
 * code scroll sideways inside themselves, reachable by keyboard; the page
 * never does. A video facade asks nothing of YouTube until clicked, then
 * plays in a frame the page's CSP allows. "Salin" copies code as written.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launch, watchErrors } from "../helpers/browser.ts";
import { serve, type StaticServer } from "../helpers/server.ts";
import { createFixture, post, type Fixture } from "../helpers/site.ts";

const COLUMNS = ["Perintah", "Kelompok", "Fungsi", "Contoh", "Catatan", "Versi"];
const BODY = `Paragraf pembuka.

| ${COLUMNS.join(" | ")} |
| ${COLUMNS.map(() => "---").join(" | ")} |
| ${COLUMNS.map((c) => `${c}_dengan_isi_yang_sangat_panjang_sekali`).join(" | ")} |

[Belajar SQL dalam 10 Menit](https://youtu.be/dQw4w9WgXcQ?t=90)

\`\`\`sql title="laporan.sql"
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

/** A fresh tab that records every request leaving the site and answers the player's with a stand-in page. */
async function visitRecordingRequests(options: { javaScriptEnabled?: boolean } = {}) {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const offSite: string[] = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, async (route) => {
    offSite.push(route.request().url());
    if (route.request().url().startsWith("https://www.youtube-nocookie.com/embed/"))
      await route.fulfill({ contentType: "text/html", body: "<title>Pemutar</title><p id=pemutar>pemutar</p>" });
    else await route.abort();
  });
  const errors: string[] = [];
  const tab = watchErrors(await context.newPage(), errors);
  await tab.goto(`${server.url}/blog/lebar/`);
  return { context, tab, offSite, errors };
}
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.dispose();
});

/** [scrollWidth, clientWidth] of the first element matching `selector`. */
const widths = (selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e): [number, number] => [e.scrollWidth, e.clientWidth]);

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

it("asks nothing of YouTube until the reader clicks, then plays the privacy-friendly player in a frame the CSP allows", async () => {
  const { context, tab, offSite, errors } = await visitRecordingRequests();
  const facade = tab.getByRole("link", { name: "Belajar SQL dalam 10 Menit Putar video" });
  await facade.scrollIntoViewIfNeeded();
  expect(offSite).toEqual([]);
  await facade.click();
  const player = tab.locator("figure.video iframe");
  await expect
    .poll(() =>
      tab
        .frame({ url: /youtube-nocookie/ })
        ?.locator("#pemutar")
        .textContent(),
    )
    .toBe("pemutar");
  expect(offSite).toEqual(["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90"]);
  expect(await player.getAttribute("title")).toBe("Belajar SQL dalam 10 Menit");
  expect(await player.evaluate((frame) => document.activeElement === frame)).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

it("without JavaScript, links to the video on YouTube and shows no copy button", async () => {
  const { context, tab, offSite } = await visitRecordingRequests({ javaScriptEnabled: false });
  const facade = tab.getByRole("link", { name: "Belajar SQL dalam 10 Menit Tonton di YouTube" });
  expect(await facade.getAttribute("href")).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s");
  expect(await tab.locator("[data-copy-snippet]").isVisible()).toBe(false);
  expect(await tab.locator(".code-file").textContent()).toBe("laporan.sql");
  expect(offSite).toEqual([]);
  await context.close();
});

it("copies a code block as written with Salin, and says so", async () => {
  const { context, tab } = await visitRecordingRequests();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await tab.getByRole("button", { name: "Salin kode laporan.sql" }).click();
  expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(await tab.locator(".prose pre code").textContent());
  expect(await tab.evaluate(() => navigator.clipboard.readText())).toMatch(/^SELECT kolom_pertama, .* 'nilai yang juga panjang';$/);
  expect(await tab.getByRole("status").filter({ hasText: "Kode disalin" }).count()).toBe(1);
  // The button says it for a moment, then takes its own label back.
  const button = tab.locator("[data-copy-snippet]");
  expect(await button.textContent()).toBe("Disalin");
  await expect.poll(() => button.textContent(), { timeout: 5000 }).toBe("Salin");
  await context.close();
});

it("copies the article's address with Salin tautan, and says so", async () => {
  const { context, tab } = await visitRecordingRequests();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await tab.getByRole("button", { name: "Salin tautan" }).click();
  expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(await tab.locator("[data-link]").textContent());
  expect(await tab.getByRole("status").filter({ hasText: "Tautan disalin" }).count()).toBe(1);
  await context.close();
});

/**
 * The catalog filters and the cart in Chromium: URL state, add and remove,
 * the header count, persistence, two tabs, and the promo discount across
 * the promo's boundaries under Playwright's clock.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CLOCK_LEAD_MS, watchErrors } from "../helpers/browser.ts";
import { serveSite, type ServedSite } from "../helpers/served-site.ts";
import type { StaticServer } from "../helpers/server.ts";
import { FIXTURE_PROMO } from "../helpers/instants.ts";

const START = Date.parse("2025-12-17T00:00:00+07:00");
const END = Date.parse("2025-12-24T00:00:00+07:00");
const DURING = Date.parse(FIXTURE_PROMO.active);
const PYTHON = "back-end-python-complete";
const DOCKER = "docker-untuk-developer";

let served: ServedSite;
let server: StaticServer;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  served = await serveSite(FIXTURE_PROMO.active);
  ({ server, browser } = served);
});
afterAll(() => served?.close());

/**
 * One context for the file, its clock installed once and paused; each test
 * starts from an empty cart (storage cleared) on a page whose clock reads
 * `now` (a new context costs more than a visit).
 */
let ctx: BrowserContext;
let main: Page;
beforeAll(async () => {
  ctx = await browser.newContext({ timezoneId: "Asia/Jakarta" });
  await ctx.clock.install({ time: DURING - CLOCK_LEAD_MS });
  main = watchErrors(await ctx.newPage(), errors);
  await main.clock.pauseAt(DURING);
});
beforeEach(async () => {
  await main.goto(`${server.url}/404.html`);
  await main.evaluate(() => localStorage.clear());
});

/** The file's page at `path`, its clock at `now`, the server's clock agreeing. */
async function open(path: string, now = DURING, page = main): Promise<Page> {
  await page.clock.setSystemTime(now);
  server.serverTime = now;
  await page.goto(server.url + path);
  return page;
}

const visibleCards = (page: Page) =>
  page.locator(".course-list .course:visible h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
const count = (page: Page) => page.locator("[data-cart-count]").textContent();

describe("filters", () => {
  it("combine at once, reflect in the URL and say when nothing matches", async () => {
    const page = await open("/kelas/");
    expect(await visibleCards(page)).toHaveLength(10);

    const backEnd = page.getByRole("button", { name: /^Back End/ });
    expect(await backEnd.textContent()).toBe("Back End (3)");
    await page.getByRole("button", { name: /^Pemula/ }).click();
    expect(new URL(page.url()).search).toBe("?level=pemula");
    expect(await visibleCards(page)).toHaveLength(4);
    expect(await backEnd.textContent()).toBe("Back End (2)"); // the counts follow the selection
    expect(await page.getByRole("button", { name: /^Docker/ }).textContent()).toBe("Docker (0)");
    await page.getByRole("button", { name: /^Python/ }).click();
    expect(new URL(page.url()).search).toBe("?level=pemula&skill=python");
    expect(await visibleCards(page)).toEqual([`/kelas/${PYTHON}/`, "/kelas/dasar-pemrograman-python/"]);
    expect(await page.getByRole("button", { name: /^Python/ }).getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator("[data-result-count]").textContent()).toBe("2 program");

    await page.getByRole("button", { name: /^Mahir/ }).click(); // within a group: either level
    expect(await visibleCards(page)).toHaveLength(2);
    await page.getByRole("button", { name: /^Flutter/ }).click();
    await page.getByRole("button", { name: /^Python/ }).click();
    expect(await visibleCards(page)).toEqual([]);
    expect(await page.locator("[data-empty]").isVisible()).toBe(true);
    await page.getByRole("link", { name: "Tampilkan semua program" }).click();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/kelas/");
    expect(await visibleCards(page)).toHaveLength(10);
    expect(await backEnd.textContent()).toBe("Back End (3)");
  });

  it("opens a shared filtered URL as it was", async () => {
    const page = await open("/kelas/?kategori=devops&skill=docker");
    expect(await visibleCards(page)).toEqual(["/kelas/devops-engineer-complete/", `/kelas/${DOCKER}/`, "/kelas/kubernetes-production/"]);
  });

  it("combines further from a pre-rendered filter page", async () => {
    const page = await open("/kelas/level/pemula/");
    await page.getByRole("button", { name: /^SQL/ }).click();
    expect(new URL(page.url()).search).toBe("?level=pemula&skill=sql");
    expect(await visibleCards(page)).toHaveLength(3);
  });
});

describe("cart", () => {
  it("starts empty, with a way back to the catalog", async () => {
    const page = await open("/keranjang/");
    expect(await page.getByText("Keranjang belanja masih kosong").isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "Lanjut belanja" }).first().getAttribute("href")).toBe("/kelas/");
    expect(await count(page)).toBe("0");
  });

  it("adds from cards and program pages, counts in the header, persists, removes, and hands off to checkout", async () => {
    const page = await open("/kelas/");
    await page.locator(`[data-add-to-cart="${PYTHON}"]`).click();
    expect(await count(page)).toBe("1");
    expect(await page.locator(`[data-add-to-cart="${PYTHON}"]`).textContent()).toBe("Sudah di keranjang");
    await page.goto(`${server.url}/kelas/${DOCKER}/`);
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click();
    expect(await count(page)).toBe("2");

    await page.goto(`${server.url}/keranjang/`);
    await page.reload();
    expect(await page.locator(".cart-items li").count()).toBe(2);
    expect(await page.locator("[data-cart-subtotal]").textContent()).toBe("Rp2.048.000");
    expect(await page.locator("[data-cart-discount]").textContent()).toBe("−Rp199.000");
    expect(await page.locator("[data-cart-code]").textContent()).toBe("(DEPLOYNOW)");
    expect(await page.locator("[data-cart-total]").textContent()).toBe("Rp1.849.000");
    const checkout = new URL((await page.getByRole("link", { name: "Lanjut ke pembayaran" }).getAttribute("href"))!);
    expect(checkout.origin + checkout.pathname).toBe("https://bayar.kelasitnusantara.id/checkout");
    expect(checkout.searchParams.get("program")).toBe(`${PYTHON},${DOCKER}`);
    expect(checkout.searchParams.get("kode")).toBe("DEPLOYNOW");

    await page.getByRole("button", { name: "Hapus Back End Developer dengan Python" }).click();
    expect(await page.locator(".cart-items li").count()).toBe(1);
    expect(await count(page)).toBe("1");
    expect(await page.locator("[data-cart-total]").textContent()).toBe("Rp549.000");
    expect(await page.locator("[data-cart-discount]").isVisible()).toBe(false);
    expect(await page.locator("[data-cart-status]").textContent()).toBe("Back End Developer dengan Python dihapus dari keranjang");
  });

  it("stays in step across two open tabs", async () => {
    const cart = await open("/keranjang/");
    const catalog = await open("/kelas/", DURING, watchErrors(await ctx.newPage(), errors));
    await catalog.locator(`[data-add-to-cart="${PYTHON}"]`).click();
    await expect.poll(() => cart.locator(".cart-items li").count()).toBe(1);
    expect(await count(cart)).toBe("1");
    await cart.getByRole("button", { name: /^Hapus/ }).click();
    await expect.poll(() => count(catalog)).toBe("0");
    expect(await catalog.locator(`[data-add-to-cart="${PYTHON}"]`).isEnabled()).toBe(true);
    await catalog.close();
  });

  it("repairs corrupt or outdated stored data with current prices", async () => {
    await main.evaluate(() =>
      localStorage.setItem("keranjang", JSON.stringify(["program-dihapus", "back-end-python-complete", "back-end-python-complete"])),
    );
    const page = await open("/keranjang/");
    expect(await page.locator(".cart-items li").count()).toBe(1);
    expect(await page.locator("[data-cart-subtotal]").textContent()).toBe("Rp1.499.000");
    expect(await page.locator("[data-cart-status]").textContent()).toBe("Program yang tidak lagi tersedia dihapus dari keranjang");
    expect(await page.evaluate(() => localStorage.getItem("keranjang"))).toBe('["back-end-python-complete"]');
    await page.evaluate(() => localStorage.setItem("keranjang", "{rusak"));
    await page.reload();
    expect(await page.getByText("Keranjang belanja masih kosong").isVisible()).toBe(true);
  });

  it("applies the discount only while the promo is active, switching at its exact boundaries", async () => {
    await main.evaluate(() => localStorage.setItem("keranjang", '["back-end-python-complete"]'));
    const page = await open("/keranjang/", START - 2000);
    const total = () => page.locator("[data-cart-total]").textContent();
    expect(await total()).toBe("Rp1.499.000");
    await page.clock.runFor(1999);
    expect(await total()).toBe("Rp1.499.000");
    await page.clock.runFor(1);
    expect(await total()).toBe("Rp1.300.000");
    expect(await page.locator("[data-cart-code]").textContent()).toBe("(DEPLOYNOW)");
    await page.clock.pauseAt(END - 1000);
    await page.clock.runFor(999);
    expect(await total()).toBe("Rp1.300.000");
    await page.clock.runFor(1);
    expect(await total()).toBe("Rp1.499.000");
    expect(new URL((await page.locator("[data-checkout]").getAttribute("href"))!).searchParams.has("kode")).toBe(false);
  });

  it("shows and hides the promo price on cards at the boundaries", async () => {
    const page = await open("/kelas/", END - 1000);
    const promoPrice = page.locator(`.course:has(a[href="/kelas/${PYTHON}/"]) .promo-price`);
    expect(await promoPrice.isVisible()).toBe(true);
    await page.clock.runFor(1000);
    expect(await promoPrice.isVisible()).toBe(false);
  });

  it("hands the cart to WhatsApp: the message follows adds, removals and the promo's state", async () => {
    const message = async (page: Page) => {
      const link = page.getByRole("link", { name: "Pesan via WhatsApp" });
      const url = new URL((await link.getAttribute("href"))!);
      return { visible: await link.isVisible(), to: `${url.host}${url.pathname}`, text: url.searchParams.get("text") };
    };
    const greeting = "Halo Kelas IT Nusantara, saya ingin memesan program berikut:";
    let page = await open(`/kelas/${PYTHON}/`, END - 60_000);
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click();
    await open(`/kelas/${DOCKER}/`, END - 60_000);
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click();
    page = await open("/keranjang/", END - 60_000);
    expect(await message(page)).toEqual({
      visible: true,
      to: "wa.me/6281234567890",
      text: `${greeting}\n- Back End Developer dengan Python: Rp1.300.000\n- Docker untuk Developer: Rp549.000\nTotal: Rp1.849.000\nKode promo: DEPLOYNOW`,
    });
    // Beside the checkout button.
    expect(await page.locator(".cart-actions").getByRole("link").allTextContents()).toEqual(["Lanjut ke pembayaran", "Pesan via WhatsApp"]);

    await page.getByRole("button", { name: "Hapus Back End Developer dengan Python" }).click();
    expect((await message(page)).text).toBe(`${greeting}\n- Docker untuk Developer: Rp549.000\nTotal: Rp549.000`);

    await page.evaluate((ids) => localStorage.setItem("keranjang", JSON.stringify(ids)), [PYTHON]);
    page = await open("/keranjang/", END - 1000);
    expect((await message(page)).text).toBe(
      `${greeting}\n- Back End Developer dengan Python: Rp1.300.000\nTotal: Rp1.300.000\nKode promo: DEPLOYNOW`,
    );
    await page.clock.runFor(1000);
    expect((await message(page)).text).toBe(`${greeting}\n- Back End Developer dengan Python: Rp1.499.000\nTotal: Rp1.499.000`);
  });

  it("logged no console error", () => {
    expect(errors).toEqual([]);
  });
});

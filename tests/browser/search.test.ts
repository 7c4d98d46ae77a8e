/**
 * Site search in Chromium, on the fixture content built for production and
 * served with the CDN's headers (so the CSP is enforced): what finds what,
 * the filters, the empty state, the announced count, axe in light and dark,
 * and what loads when.
 */
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeSource, watchErrors } from "../helpers/browser.ts";
import { serveSite, type ServedSite } from "../helpers/served-site.ts";
import { FIXTURE_PROMO } from "../helpers/instants.ts";

const AXE = await axeSource();
let served: ServedSite;
let page: Page;
const errors: string[] = [];
/** Every script the page fetched, with its gzipped size. */
const scripts: { url: string; gzip: number }[] = [];

beforeAll(async () => {
  served = await serveSite(FIXTURE_PROMO.active, async (site) => {
    // The fixture's three articles, for words to find.
    for (const name of [
      "10-penyedia-layanan-cloud-hosting-terbaik.md",
      "back-end-developer-pengertian-keahlian-dan-tugasnya.md",
      "sql-pengertian-sejarah-fungsi-perintah-dasar.md",
    ])
      await site.write(`src/posts/${name}`, await readFile(`tests/fixtures/content/posts/${name}`, "utf8"));
  });
  const context = await served.browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  page = watchErrors(await context.newPage(), errors);
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script")
      scripts.push({ url: new URL(response.url()).pathname, gzip: gzipSync(await response.body()).length });
  });
});
afterAll(() => served?.close());

/** Opens /cari/ with `query` and waits for the announced result count. */
async function search(query: string, type = "", more = ""): Promise<{ status: string; titles: string[]; types: string[] }> {
  await page.goto(`${served.server.url}/cari/?q=${encodeURIComponent(query)}${type ? `&type=${type}` : ""}${more}`);
  await page.waitForFunction(() => document.querySelector("[data-search-status]")!.textContent !== "");
  return {
    status: (await page.locator("[role=status][data-search-status]").textContent())!,
    titles: await page.locator(".search-results h2").allTextContents(),
    types: await page.locator(".search-results .search-type").allTextContents(),
  };
}

describe("searching", () => {
  it("finds an article by a word of its title, first", async () => {
    const found = await search("hosting");
    expect(found.titles[0]).toBe("10 Penyedia Layanan Cloud Hosting dengan Kualitas Terbaik");
    expect(found.status).toBe(`${found.titles.length} hasil untuk “hosting”`);
  });

  it("finds an article by a word of its body, the word highlighted in the excerpt", async () => {
    const found = await search("Droplet");
    expect(found.titles).toEqual(["10 Penyedia Layanan Cloud Hosting dengan Kualitas Terbaik"]);
    expect(await page.locator(".search-results mark").first().textContent()).toMatch(/^Droplet/);
  });

  it("finds another form of a word (Indonesian stemming): mengembangkan finds pengembang", async () => {
    const found = await search("mengembangkan");
    expect(found.titles).toContain("10 Penyedia Layanan Cloud Hosting dengan Kualitas Terbaik");
    expect(await page.locator(".search-results mark").allTextContents()).toContain("pengembang");
  });

  it("finds a program by a skill, and the type filter narrows to programs", async () => {
    const all = await search("Kubernetes");
    expect(all.types).toContain("Artikel");
    expect(all.titles).toContain("Kubernetes di Production");
    const programs = await search("Kubernetes", "Program");
    expect(new Set(programs.types)).toEqual(new Set(["Program"]));
    expect(programs.titles).toContain("DevOps Engineer");
    expect(await page.locator("input[name=type][value=Program]").isChecked()).toBe(true);
  });

  it("narrows by topic and by program category, from lists the index fills", async () => {
    await search("data");
    const topics = await page.locator("select[name=tag] option").allTextContents();
    expect(topics).toEqual(expect.arrayContaining(["Semua topik", "sql", "cloud"]));
    expect(await page.locator("select[name=category] option").allTextContents()).toEqual(
      expect.arrayContaining(["Semua kategori", "Data", "DevOps"]),
    );
    // Chosen in the list: the results and the address follow.
    await page.locator("select[name=tag]").selectOption("sql");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("tag") === "sql");
    await page.waitForFunction(() => document.querySelectorAll(".search-results h2").length === 1);
    expect(await page.locator(".search-results h2").allTextContents()).toEqual(["SQL : Pengertian, Sejarah, Fungsi & Perintah Dasarnya"]);
    // Opened from an address: the list shows the choice.
    const devops = await search("docker", "", "&category=DevOps");
    expect(devops.titles).toContain("DevOps Engineer");
    expect(new Set(devops.types)).toEqual(new Set(["Program"]));
    expect(await page.locator("select[name=category]").inputValue()).toBe("DevOps");
  });

  it("finds only articles and programs: never a listing, tag, filter, cart or 404 page", async () => {
    await search("program");
    const urls = await page.locator(".search-results h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/(blog\/(?!tag\/|page\/)[^/]+|kelas\/(?!level\/|kategori\/|skill\/)[^/]+)\/$/);
  });

  it("says so when nothing matches, and offers the blog and the catalog", async () => {
    const found = await search("qwzxv");
    expect(found.status).toBe("Tidak ada hasil untuk “qwzxv”");
    expect(await page.locator("[data-search-empty]").isVisible()).toBe(true);
    expect(await page.locator("[data-search-empty] a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([
      "/blog/",
      "/kelas/",
    ]);
  });

  it("updates the results and the address as the visitor types", async () => {
    await search("hosting");
    await page.locator("#q").fill("sql");
    await page.waitForFunction(() => document.querySelector("[data-search-status]")!.textContent!.includes("“sql”"));
    expect(new URL(page.url()).searchParams.get("q")).toBe("sql");
  });

  it("has no axe violation in light and dark, no CSP violation and no console error", async () => {
    await search("docker");
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.evaluate(AXE); // through DevTools: the page's CSP does not apply
      const { violations } = await page.evaluate(() =>
        (window as unknown as { axe: { run(d: Document): Promise<{ violations: { id: string }[] }> } }).axe.run(document),
      );
      expect(
        violations.map((v) => v.id),
        colorScheme,
      ).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});

describe("what loads when", () => {
  it("the home page asks for nothing of search", async () => {
    scripts.length = 0;
    await page.goto(`${served.server.url}/`);
    await page.waitForLoadState("networkidle");
    expect(scripts.filter((s) => /pagefind|search/.test(s.url))).toEqual([]);
  });

  it("the search page loads at most 30 KB gzipped of script before the first query, and nothing of Pagefind", async () => {
    scripts.length = 0;
    await page.goto(`${served.server.url}/cari/`);
    await page.waitForLoadState("networkidle");
    expect(scripts.filter((s) => s.url.startsWith("/pagefind/"))).toEqual([]);
    expect(scripts.reduce((sum, s) => sum + s.gzip, 0)).toBeLessThanOrEqual(30 * 1024);
  });

  it("without JavaScript, says that search needs it and links the blog, topics and catalog", async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${served.server.url}/cari/`);
    expect(await plain.locator(".search-note").textContent()).toContain("Pencarian memerlukan JavaScript");
    const links = await plain
      .locator(".search-note a, .search-note + .tags a")
      .evaluateAll((all) => all.map((a) => a.getAttribute("href")!));
    expect(links.slice(0, 2)).toEqual(["/blog/", "/kelas/"]);
    expect(links.slice(2).length).toBeGreaterThan(2);
    for (const link of links.slice(2)) expect(link).toMatch(/^\/blog\/tag\/[^/]+\/$/);
    await context.close();
  });
});

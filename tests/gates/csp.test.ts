/**
 * Every kind of page under the site's own Content-Security-Policy (from
 * dist/_headers, as the CDN sends it): no violation, no console error.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launch } from "../helpers/browser.ts";
import { serve, type StaticServer } from "../helpers/server.ts";

const PAGES = [
  "/",
  "/blog/",
  "/blog/back-end-developer-pengertian-keahlian-dan-tugasnya/",
  "/blog/tag/sql/",
  "/kelas/",
  "/kelas/skill/python/",
  "/kelas/devops-engineer-complete/",
  "/keranjang/",
  "/tidak-ada/",
];

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serve(inject("dist"));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it.each(PAGES)("%s runs under the CSP with no violation and no console error", async (path) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && !/status of 404/.test(m.text()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  const response = await page.goto(server.url + path);
  await page.waitForLoadState("networkidle");
  expect(response!.headers()["content-security-policy"]).toContain("script-src 'self'");
  // The page's scripts ran: the header cart count was rendered by JavaScript.
  expect(await page.locator("[data-add-to-cart].needs-js, [data-copy-link].needs-js").count()).toBe(0);
  await context.close();
  expect(problems).toEqual([]);
});

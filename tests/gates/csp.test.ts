/**
 * Gate: every kind of page runs under the site's own Content-Security-Policy
 * (from dist/_headers, as the CDN sends it): no violation, no console error.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch } from "../helpers/browser.ts";
import { pageUrls } from "../helpers/pages.ts";
import { serve, type StaticServer } from "../helpers/server.ts";

const sites = await Promise.all(inject("gateSites").map(async (site) => ({ ...site, pages: await pageUrls(site.dist) })));

describe.each(sites)("$name", ({ dist, pages }) => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];
  beforeAll(async () => {
    server = await serve(dist);
    browser = await launch();
    page = await (await browser.newContext()).newPage();
    page.on("console", (m) => m.type() === "error" && !/status of 404/.test(m.text()) && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(pages)("%s (%s) runs under the CSP with no violation and no console error", async (_, path) => {
    problems = [];
    const response = await page.goto(server.url + path);
    await page.waitForLoadState("networkidle");
    expect(response!.headers()["content-security-policy"]).toContain("script-src 'self'");
    // The page's scripts ran: the header cart count was rendered by JavaScript.
    expect(await page.locator("[data-add-to-cart].needs-js, [data-copy-link].needs-js").count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

/** Gate: axe-core finds no accessibility violation on any kind of page, in light and dark schemes. */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch } from "../helpers/browser.ts";
import { pageUrls } from "../helpers/pages.ts";
import { serve, type StaticServer } from "../helpers/server.ts";

const AXE = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const sites = await Promise.all(inject("gateSites").map(async (site) => ({ ...site, pages: await pageUrls(site.dist) })));

/** Violations on the page as it is now, one line each. */
const violations = (page: Page) =>
  page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });

describe.each(sites)("$name", ({ dist, pages }) => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await serve(dist);
    browser = await launch();
    // One page for every URL, axe loaded into each document before the site's
    // scripts (bypassCSP lets it in; the site's own CSP is another gate).
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
    await context.addInitScript({ content: AXE });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(pages)("%s (%s) has zero violations in the light and the dark scheme", async (_, path) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(server.url + path);
    const light = await violations(page);
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await violations(page);
    expect({ light, dark }).toEqual({ light: [], dark: [] });
  });
});

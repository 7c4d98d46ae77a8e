/** Gate: axe-core finds no accessibility violation on any kind of page, in light and dark schemes. */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launch } from "../helpers/browser.ts";
import { serve, type StaticServer } from "../helpers/server.ts";

const AXE = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const PAGES = {
  "home/promo": "/",
  article: "/blog/back-end-developer-pengertian-keahlian-dan-tugasnya/",
  listing: "/blog/",
  tag: "/blog/tag/back-end/",
  catalog: "/kelas/",
  program: "/kelas/back-end-python-complete/",
  cart: "/keranjang/",
  "404": "/tidak-ada/",
};

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

for (const colorScheme of ["light", "dark"] as const) {
  it.each(Object.entries(PAGES))(`%s in the ${colorScheme} scheme has zero violations`, async (_, path) => {
    // bypassCSP only lets the test inject axe; the site's own CSP is checked elsewhere.
    const context = await browser.newContext({ colorScheme, bypassCSP: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(server.url + path);
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const { violations } = await axe.run();
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    await context.close();
    expect(violations).toEqual([]);
  });
}

/**
 * Gates in Chromium, one visit per kind of page: the page runs under the
 * site's own Content-Security-Policy (from dist/_headers, as the CDN sends
 * it) with no violation and no console error, and axe-core finds no
 * accessibility violation in the light and the dark scheme.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gateSites } from "../helpers/gate-sites.ts";
import { axeSource, launch } from "../helpers/browser.ts";
import { pageUrls } from "../helpers/pages.ts";
import { serve, type StaticServer } from "../helpers/server.ts";

const AXE = await axeSource();
const sites = await Promise.all((await gateSites()).map(async (site) => ({ ...site, pages: await pageUrls(site.dist) })));

/** axe's violations on the page as it is now, one line each; `rules` limits the run to those rules. */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
  return page.evaluate(async (rules) => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const { violations } = await axe.run(document, rules ? { runOnly: { type: "rule", values: rules } } : {});
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, rules);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/**
 * A few pages visit the URLs side by side: most of a visit is waiting for
 * the network to go quiet. Each page keeps its own log of problems.
 */
const TABS = 3;

describe.each(sites)("$name", ({ dist, pages }) => {
  let server: StaticServer;
  let context: BrowserContext;
  const idle: { page: Page; problems: string[] }[] = [];
  const waiting: ((tab: (typeof idle)[number]) => void)[] = [];
  const release = (tab: (typeof idle)[number]) => (waiting.length ? waiting.shift()!(tab) : idle.push(tab));
  const take = () => (idle.length ? Promise.resolve(idle.pop()!) : new Promise<(typeof idle)[number]>((r) => waiting.push(r)));

  beforeAll(async () => {
    server = await serve(dist);
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    for (let i = 0; i < TABS; i++) {
      const tab = { page: await context.newPage(), problems: [] as string[] };
      tab.page.on("console", (m) => m.type() === "error" && !/status of 404/.test(m.text()) && tab.problems.push(m.text()));
      tab.page.on("pageerror", (e) => tab.problems.push(e.message));
      await tab.page.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
      );
      idle.push(tab);
    }
  });
  afterAll(async () => {
    // Its pages first: the server waits for their open connections.
    await context?.close();
    await server?.close();
  });

  it.concurrent.each(pages)("%s (%s): no CSP violation, no console error, no axe violation in light and dark", async (_, path) => {
    const tab = await take();
    const { page, problems } = tab;
    try {
      problems.length = 0;
      await page.emulateMedia({ colorScheme: "light" });
      const response = await page.goto(server.url + path);
      // Everything the page fetches after load (the countdown's clock check) has been answered.
      await page.waitForLoadState("networkidle");
      expect(response!.headers()["content-security-policy"]).toContain("script-src 'self'");
      // The page's scripts ran: what needs JavaScript was enabled by it.
      expect(await page.locator("[data-add-to-cart].needs-js, [data-copy-link].needs-js").count()).toBe(0);
      expect(problems).toEqual([]);
      // axe is evaluated through the DevTools protocol, which the page's CSP does not govern.
      await page.evaluate(AXE);
      const light = await violations(page);
      // The dark scheme changes colours only (src/assets/site.css): its run checks the rules that read colours.
      await page.emulateMedia({ colorScheme: "dark" });
      const dark = await violations(page, ["color-contrast", "link-in-text-block"]);
      expect({ light, dark }).toEqual({ light: [], dark: [] });
    } finally {
      release(tab);
    }
  });
});

/**
 * For browser tests: a fixture site built at an instant, served as the CDN
 * serves it, and Chromium, torn down together.
 */
import type { Browser } from "playwright-core";
import { expect } from "vitest";
import { launch } from "./browser.ts";
import { serve, type StaticServer } from "./server.ts";
import { createFixture, post, type Fixture } from "./site.ts";

export interface ServedSite {
  site: Fixture;
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function serveSite(promoNow: string, extra: (site: Fixture) => Promise<void> = async () => {}): Promise<ServedSite> {
  const site = await createFixture({ posts: { "artikel.md": post({ title: '"Artikel"' }) } });
  await extra(site);
  const built = await site.buildHere({ PROMO_NOW: promoNow });
  expect(built.code, built.stderr).toBe(0);
  const server = await serve(`${site.dir}/dist`);
  const browser = await launch();
  return {
    site,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await site.dispose();
    },
  };
}

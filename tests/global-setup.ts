/**
 * The quality gates run on built sites, set up once here:
 * - `npm run check` (tests/check.ts) has just built the real site into dist/
 *   and names it in CHECK_DIST: the gates read that build and nothing else;
 * - `npm test` builds the real content at this instant, as a deploy would,
 *   in a scratch folder. The heaviest state (a promo running: countdown,
 *   promo bar and code on every page) is gated there too, whatever today's
 *   content: tests/build/walkthroughs.test.ts runs `npm run check` on the
 *   fixture content with the next promo running.
 */
import { join, resolve } from "node:path";
import { DateTime } from "luxon";
import type { TestProject } from "vitest/node";
import { createFixture, ROOT, type Fixture } from "./helpers/site.ts";

export interface GateSite {
  name: string;
  dist: string;
  /** The `_data/` folder the site was built from. */
  dataDir: string;
  /** The instant its promo state was rendered for (PROMO_NOW). */
  promoNow: string;
}

const fixtures: Fixture[] = [];

async function built(name: string, site: Fixture, promoNow: string): Promise<GateSite> {
  fixtures.push(site);
  const result = await site.build({ PROMO_NOW: promoNow });
  if (result.code !== 0) throw new Error(`the gates' build of ${name} failed:\n${result.stderr}`);
  return { name, dist: join(site.dir, "dist"), dataDir: join(site.dir, "_data"), promoNow };
}

export async function setup(project: TestProject): Promise<void> {
  if (process.env.CHECK_DIST) {
    const promoNow = process.env.CHECK_PROMO_NOW;
    if (!promoNow) throw new Error("CHECK_DIST needs CHECK_PROMO_NOW, the instant the site was built for: run `npm run check`");
    project.provide("gateSites", [{ name: "the site", dist: resolve(process.env.CHECK_DIST), dataDir: join(ROOT, "_data"), promoNow }]);
    return;
  }
  const now = DateTime.now().setZone("Asia/Jakarta").toISO({ suppressMilliseconds: true })!;
  project.provide("gateSites", [await built("the site", await createFixture({ content: "real", withPosts: true }), now)]);
}

export async function teardown(): Promise<void> {
  await Promise.all(fixtures.map((f) => f.dispose()));
}

declare module "vitest" {
  export interface ProvidedContext {
    gateSites: GateSite[];
  }
}

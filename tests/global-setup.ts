/**
 * The quality gates run on built sites, set up once here:
 * - `npm run check` (tests/check.ts) has just built the real site into dist/
 *   and names it in CHECK_DIST: the gates read that build and nothing else;
 * - `npm test` builds the real content at this instant, as a deploy would,
 *   in a scratch folder. The heaviest state (a promo running: countdown,
 *   promo bar and code on every page) is gated there too, whatever today's
 *   content: tests/cli/walkthroughs.test.ts runs `npm run check` on the
 *   fixture content with the next promo running.
 */
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DateTime } from "luxon";
import type { TestProject } from "vitest/node";
import { readSite } from "../src/eleventy/data.ts";
import type { GateSite } from "./helpers/gate-sites.ts";
import { createFixture, ROOT, type Fixture } from "./helpers/site.ts";

let site: Fixture | undefined;
let building: Promise<void> | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (process.env.CHECK_DIST) {
    const promoNow = process.env.CHECK_PROMO_NOW;
    if (!promoNow) throw new Error("CHECK_DIST needs CHECK_PROMO_NOW, the instant the site was built for: run `npm run check`");
    project.provide("gateSites", [{ name: "the site", dist: resolve(process.env.CHECK_DIST), dataDir: join(ROOT, "_data"), promoNow }]);
    return;
  }
  site = await createFixture({ content: "real", withPosts: true });
  const now = DateTime.now()
    .setZone(readSite(join(site.dir, "_data")).timeZone)
    .toISO({ suppressMilliseconds: true })!;
  const gate: GateSite = {
    name: "the site",
    dist: join(site.dir, "dist"),
    dataDir: join(site.dir, "_data"),
    promoNow: now,
    done: join(site.dir, "build-result.json"),
  };
  // Not awaited: the gates wait for it (helpers/gate-sites.ts), the other tests need not.
  building = site.build({ PROMO_NOW: now }).then(
    (result) => writeFile(gate.done!, JSON.stringify(result)),
    (error: unknown) => writeFile(gate.done!, JSON.stringify({ code: 1, stderr: String(error) })),
  );
  project.provide("gateSites", [gate]);
}

export async function teardown(): Promise<void> {
  await building;
  await site?.dispose();
}

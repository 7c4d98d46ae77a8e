/**
 * `npm run check`: what an author runs before pushing. The production build
 * of the real content into dist/, then the content gates on that build, and
 * nothing else. The promo state is rendered for one pinned instant (now, or
 * the PROMO_NOW given to preview), which the gates then check against.
 */
import { spawnSync } from "node:child_process";
import { DateTime } from "luxon";
import { readSite } from "../src/eleventy/data.ts";

const promoNow = process.env.PROMO_NOW || DateTime.now().setZone(readSite("_data").timeZone).toISO({ suppressMilliseconds: true })!;
const run = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

const built = run(["src/build.ts", "dist"], { PROMO_NOW: promoNow }); // as `npm run build`
if (built !== 0) process.exit(built);
console.log(`[check] content gates on dist/ (promo state at ${promoNow})`);
process.exit(
  run(["node_modules/vitest/vitest.mjs", "run", "--config", "tests/vitest.config.ts", "--project", "gates"], {
    CHECK_DIST: "dist",
    CHECK_PROMO_NOW: promoNow,
  }),
);

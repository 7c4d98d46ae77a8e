/**
 * What share images cost a build: the real content and N generated
 * articles, built twice from an empty image cache (every card drawn) and
 * again (every card copied). Prints the build's own [share] line and the
 * wall time of each build. A measurement, not a test.
 *
 *   npx tsx tests/bench/share-cost.ts 1000
 */
import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { BUILD_COMMAND, createFixture, run, SCRATCH } from "../helpers/site.ts";
import { articles } from "./articles.ts";

const count = Number(process.argv[2] ?? 0);
const site = await createFixture({ content: "real", withPosts: true, posts: Object.fromEntries(articles(count).map((a) => [a.name, a.text])) });
const cache = await mkdtemp(join(SCRATCH, "share-cost-"));
try {
  for (const label of ["empty cache", "warm cache"]) {
    const started = performance.now();
    const result = await run(BUILD_COMMAND[0]!, [...BUILD_COMMAND.slice(1), "dist"], site.dir, { SHARE_IMAGE_CACHE: cache });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.code !== 0) throw new Error(result.stderr);
    console.log(`${count} generated articles, ${label}: build ${seconds} s; ${result.stdout.match(/\[share\].*/)?.[0]}`);
  }
} finally {
  await site.dispose();
  await rm(cache, { recursive: true, force: true });
}

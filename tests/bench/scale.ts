/**
 * What the real content plus N generated articles costs, beyond build time
 * (which `npm run bench` measures): the share images drawn from an empty
 * cache and copied from a warm one, the search index, the files a
 * deployment holds (Cloudflare Pages takes at most 20,000), and what one
 * search downloads in Chromium. A measurement, not a test.
 *
 *   node tests/bench/scale.ts 1000
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { CACHE_DIRS } from "../../src/build/cache-dirs.ts";
import { launch } from "../helpers/browser.ts";
import { serve } from "../helpers/server.ts";
import { BUILD_COMMAND, createFixture, run, SCRATCH } from "../helpers/site.ts";
import { articles } from "./articles.ts";

async function countFiles(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }))
    count += entry.isDirectory() ? await countFiles(join(dir, entry.name)) : 1;
  return count;
}

const count = Number(process.argv[2] ?? 0);
const site = await createFixture({
  content: "real",
  withPosts: true,
  posts: Object.fromEntries(articles(count).map((a) => [a.name, a.text])),
});
const cache = await mkdtemp(join(SCRATCH, "scale-cache-"));
try {
  for (const label of ["empty image cache", "warm image cache"]) {
    const started = performance.now();
    const result = await run(BUILD_COMMAND[0]!, [...BUILD_COMMAND.slice(1), "dist"], site.dir, { [CACHE_DIRS.shareImages.env]: cache });
    if (result.code !== 0) throw new Error(result.stderr);
    const lines = ["[share]", "[search]"].map((tag) => result.stdout.split("\n").find((line) => line.startsWith(tag)));
    console.log(`${count} articles, ${label}: build ${((performance.now() - started) / 1000).toFixed(1)} s; ${lines.join("; ")}`);
  }
  const dist = join(site.dir, "dist");
  console.log(
    `${count} articles: ${await countFiles(dist)} files in dist/, ${await countFiles(join(dist, "pagefind"))} of them the search index`,
  );
  // One search, as a visitor makes it: every byte fetched under /pagefind/.
  const server = await serve(dist);
  const browser = await launch();
  const page = await browser.newPage();
  let bytes = 0;
  page.on("response", async (response) => {
    if (new URL(response.url()).pathname.startsWith("/pagefind/")) bytes += (await response.body()).length;
  });
  await page.goto(`${server.url}/cari/?q=lorem`);
  await page.waitForFunction(() => document.querySelector("[data-search-status]")!.textContent !== "");
  await page.waitForLoadState("networkidle");
  console.log(`${count} articles: a first search ("lorem") downloads ${(bytes / 1024).toFixed(0)} KB from /pagefind/ (uncompressed)`);
  await browser.close();
  await server.close();
} finally {
  await site.dispose();
  await rm(cache, { recursive: true, force: true });
}

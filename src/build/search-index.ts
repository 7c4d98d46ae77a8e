/**
 * Site search: Pagefind indexes the pages Eleventy wrote (the parts marked
 * data-pagefind-body: articles and programs), in Indonesian, with its
 * stemming, into <output>/pagefind/. Run by the production build before the
 * output is swapped in, so a failed index fails the build and keeps dist/.
 */
import { readdir, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { postUrl, programUrl } from "../lib/urls.ts";

/** Pagefind's own interfaces, which the site does not use (its search page is src/client/search.ts). */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;
/**
 * Excerpts are bundled into at most this many files: with a page and a share
 * image per article, 8,000 articles stay under Cloudflare Pages' 20,000
 * files per deployment.
 */
export const MAX_FRAGMENT_FILES = 1000;

/**
 * The pages that can carry data-pagefind-body: articles and programs.
 * Pagefind reads only these, not the listing and tag pages (2,000 of them
 * beside 20,000 articles), which it would parse, hold and then drop.
 */
export const INDEXED_PAGES = `{${[postUrl("*"), programUrl("*")].map((url) => `${url.slice(1)}index.html`).join(",")}}`;
/**
 * Settings for the allocator of Pagefind's indexer (jemalloc, in its Linux
 * build; the variable carries that build's prefix, and nothing else reads
 * it). By default jemalloc keeps 4 arenas a core and holds freed memory for
 * 10 s, and the indexer frees much of what it read while it builds the
 * index. One arena a core, freed memory returned within a second: 20,000
 * articles peak at about 1,170 MiB, not 1,550–1,750; 4,000 as fast as before
 * (BENCHMARKS.md, #28).
 */
const INDEXER_ALLOCATOR = { _RJEM_MALLOC_CONF: `narenas:${availableParallelism()},dirty_decay_ms:1000,muzzy_decay_ms:0` };

export interface SearchIndex {
  pages: number;
  seconds: number;
}

/** The build's one line about the index, for the production build and `SEARCH=1 npm start` alike. */
export const indexSummary = ({ pages, seconds }: SearchIndex) =>
  `[search] index of ${pages} pages read (articles and programs) in ${seconds.toFixed(1)} s`;

export async function indexSite(outputDir: string): Promise<SearchIndex> {
  const started = performance.now();
  // "+" and "#" are part of words here: C++, C#.
  const { index, errors } = await withEnv(INDEXER_ALLOCATOR, () =>
    pagefind.createIndex({ forceLanguage: "id", includeCharacters: "+#", maxFragments: MAX_FRAGMENT_FILES }),
  );
  try {
    if (!index) throw new Error(`the search index could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outputDir, glob: INDEXED_PAGES });
    if (added.errors.length) throw new Error(`the search index could not read the pages: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(outputDir, "pagefind") });
    if (written.errors.length) throw new Error(`the search index could not be written: ${written.errors.join("; ")}`);
    for (const file of await readdir(join(outputDir, "pagefind"))) if (UNUSED.test(file)) await rm(join(outputDir, "pagefind", file));
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}

/** Runs `start` (which spawns the indexer, inheriting the environment) with `vars` set, unless the caller set them already. */
async function withEnv<T>(vars: Record<string, string>, start: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  for (const [name, value] of Object.entries(vars)) process.env[name] ??= value;
  try {
    return await start();
  } finally {
    for (const [name, value] of Object.entries(saved)) if (value === undefined) delete process.env[name];
  }
}

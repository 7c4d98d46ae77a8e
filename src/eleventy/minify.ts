/** Production builds ship minified HTML; the dev server keeps it readable. */
import { existsSync } from "node:fs";
import { relative } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Options } from "html-minifier-terser";
import { DataError } from "../lib/validation.ts";
import { directories } from "./images.ts";
import { CACHE_DIRS, cacheDir } from "../build/cache-dirs.ts";
import { MinifyFileError, pruneMinifyCache, startFileMinifier, type FileMinifier } from "../build/minify-files.ts";

export const HTML_MINIFY_OPTIONS: Options = {
  collapseWhitespace: true,
  removeComments: true,
  collapseBooleanAttributes: true,
  removeRedundantAttributes: true,
  removeScriptTypeAttributes: true,
  removeStyleLinkTypeAttributes: true,
  useShortDoctype: true,
  // Entities stay encoded: a raw "&" is legal but ambiguous to validators.
  decodeEntities: false,
};

const isHtml = (path: unknown): path is string => typeof path === "string" && path.endsWith(".html");

interface BuildEvent {
  outputMode: string;
  results?: { inputPath: string; outputPath: string | false }[];
}

/**
 * One pool of workers per process, started by its first build: a process
 * that builds again (the tests build in-process) does not pay for loading
 * the minifier again.
 */
let pool: FileMinifier | undefined;
/** Minified pages by content, kept between builds like the share images (CI keeps it too). */
const minifyCacheDir = () => cacheDir(CACHE_DIRS.minifiedHtml);
const workers = () => (pool ??= startFileMinifier(HTML_MINIFY_OPTIONS, undefined, minifyCacheDir()));

export default function minifyPlugin(eleventyConfig: UserConfig): void {
  if (process.env.ELEVENTY_RUN_MODE !== "build") return;
  // Pages are minified once written, in worker threads, not in a transform:
  // Eleventy renders every page at once, so a transform would hold every
  // page in memory until the main thread had minified it.
  let files: FileMinifier | undefined;
  eleventyConfig.on("eleventy.before", ({ outputMode }: BuildEvent) => {
    files = outputMode === "fs" ? workers() : undefined;
  });
  eleventyConfig.on("eleventy.after", async ({ results = [] }: BuildEvent) => {
    if (!files) return;
    const sources = new Map<string, string>();
    for (const { inputPath, outputPath } of results) {
      if (isHtml(outputPath) && existsSync(outputPath)) sources.set(relative(process.cwd(), outputPath), inputPath); // none in a dry run
    }
    try {
      await files.minify([...sources.keys()]);
      await pruneMinifyCache(minifyCacheDir());
    } catch (error) {
      if (!(error instanceof MinifyFileError)) {
        // A worker stopped: the next build starts new ones.
        await pool?.close();
        pool = undefined;
        throw error;
      }
      // Pages are valid HTML unless an author's raw HTML is not: name the source first.
      const source = relative(".", sources.get(error.path) ?? error.path);
      const page = relative(directories(eleventyConfig).output, error.path);
      // The parser quotes the rest of the page after the fault: its first line is where to look.
      const reason = error.reason.split("\n")[0]!.slice(0, 160);
      throw new DataError(`${source}: the HTML minifier cannot read the page ${page}: ${reason}; check the raw HTML in ${source}`);
    } finally {
      files = undefined;
    }
  });
}

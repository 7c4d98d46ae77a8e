/**
 * CSS and browser TypeScript, bundled and minified by esbuild into
 * content-hashed files under /assets/. Templates ask for them by name
 * through the `asset` filter, so no hashed name is ever written by hand.
 * Files published as they are (none yet) are copied here too.
 */
import { existsSync, readdirSync } from "node:fs";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { BUNDLE_BUDGETS, gzipSize } from "../budgets.ts";
import { bundleOnce } from "../build/bundle-once.ts";
import { CACHE_DIRS, cacheDir } from "../build/cache-dirs.ts";
import { isUnder, writeBeforeEachBuild } from "./prebuilt.ts";

/** The stylesheets, one bundle each: every page's, and each kind of page's addition. */
export const STYLES = ["site.css", "article.css", "catalog.css", "home.css", "search.css"].map((name) => `src/assets/${name}`);

export interface AssetsOptions {
  /** Folder of browser entry points: every top-level .ts file is one bundle; shared code lives below it. */
  clientDir?: string;
  /** Stylesheets, one bundle each. */
  styles?: string[];
  /**
   * Files published as they are: source → path in the output. Copied before
   * Eleventy renders, not by its passthrough copy, which runs beside the
   * rendering and went on writing into a failed build's discarded folder.
   */
  copies?: Record<string, string>;
  quiet?: boolean;
}

export interface BuiltAsset {
  /** What templates ask for: "site.css", "article.js". */
  name: string;
  url: string;
  bytes: number;
  gzipBytes: number;
}

export async function buildAssets(outputDir: string, options: Required<Omit<AssetsOptions, "copies">>): Promise<BuiltAsset[]> {
  const scripts = readdirSync(options.clientDir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(options.clientDir, f));
  // esbuild's default folder is the one its service started in, not the project being built.
  const outputs = await bundleOnce(
    process.cwd(),
    {
      entryPoints: [...options.styles, ...scripts],
      entryNames: "[name]-[hash]",
      bundle: true,
      minify: true,
      format: "esm",
      // Phones in use today; optional chaining and ?? ship as written.
      target: ["es2022", "chrome100", "firefox100", "safari15"],
      legalComments: "none",
      logLevel: "silent",
    },
    cacheDir(CACHE_DIRS.bundles),
  );
  await mkdir(join(outputDir, "assets"), { recursive: true });
  const assets = await Promise.all(
    outputs.map(async ({ name: file, entryPoint, contents }): Promise<BuiltAsset> => {
      await writeFile(join(outputDir, "assets", file), contents);
      return {
        name: basename(entryPoint).replace(/\.ts$/, ".js"),
        url: `/assets/${file}`,
        bytes: contents.length,
        gzipBytes: gzipSize(contents),
      };
    }),
  );
  return assets.sort((a, b) => a.name.localeCompare(b.name));
}

export function sizeTable(assets: readonly BuiltAsset[], budgets: Record<string, number> = BUNDLE_BUDGETS): string {
  const rows = assets.map((a) => {
    const budget = budgets[a.name];
    const verdict = budget === undefined ? "no budget" : a.gzipBytes <= budget ? `budget ${budget} B: ok` : `budget ${budget} B: OVER`;
    return `  ${a.name.padEnd(18)} ${String(a.bytes).padStart(7)} B ${String(a.gzipBytes).padStart(7)} B gzip  ${verdict}`;
  });
  return ["[assets] bundle                size    gzipped", ...rows].join("\n");
}

export default function assetsPlugin(eleventyConfig: UserConfig, options: AssetsOptions = {}): void {
  const settings: Required<AssetsOptions> = {
    clientDir: options.clientDir ?? "src/client",
    styles: options.styles ?? STYLES,
    copies: options.copies ?? {},
    quiet: options.quiet ?? false,
  };
  let manifest = new Map<string, BuiltAsset>();

  eleventyConfig.addWatchTarget(settings.clientDir);
  eleventyConfig.addWatchTarget("src/lib");
  for (const style of [...settings.styles, "src/assets/css", ...Object.keys(settings.copies)]) eleventyConfig.addWatchTarget(style);

  const sources = [settings.clientDir, "src/lib", ...settings.styles, "src/assets/css", ...Object.keys(settings.copies)];
  writeBeforeEachBuild(eleventyConfig, {
    isSource: (path) => isUnder(path, sources),
    present: (output) =>
      [...[...manifest.values()].map((a) => a.url), ...Object.values(settings.copies)].every((path) => existsSync(join(output, path))),
    async write(output) {
      const assets = await buildAssets(output, settings);
      for (const [source, target] of Object.entries(settings.copies)) await copyFile(source, join(output, target));
      manifest = new Map(assets.map((a) => [a.name, a]));
      if (!settings.quiet) console.log(sizeTable(assets));
    },
  });

  eleventyConfig.addFilter("asset", (name: string) => {
    const asset = manifest.get(name);
    if (!asset) throw new Error(`unknown asset "${name}"; built: ${[...manifest.keys()].join(", ")}`);
    return asset.url;
  });
}

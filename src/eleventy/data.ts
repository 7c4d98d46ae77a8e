/**
 * `_data/*.yaml`: every file is parsed strictly and checked by its loader,
 * so a typo fails the build instead of silently emptying a page.
 */
import { readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { parse, YAMLError } from "yaml";
import { siteSchema, type Site } from "../lib/site-schema.ts";
import { DataError, parseOrFail } from "../lib/validation.ts";

/** Turns a data file's parsed YAML into the validated global data. */
export type Loader = (raw: unknown, file: string) => unknown;

export const loadSite: Loader = (raw, file) => parseOrFail(siteSchema, raw, file);

export function parseYaml(contents: string, filePath: string): unknown {
  try {
    return parse(contents, { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLError) throw new DataError(`${relative(process.cwd(), filePath)}: not valid YAML: ${error.message}`);
    throw error;
  }
}

/** A parser for Eleventy that runs each file through its loader, by file name. */
export function dataFileParser(loaders: Record<string, Loader>) {
  return (contents: string, filePath: string): unknown => {
    const file = relative(process.cwd(), filePath);
    const loader = loaders[basename(filePath)];
    if (!loader) throw new DataError(`${file}: unknown data file; expected one of ${Object.keys(loaders).join(", ")}`);
    return loader(parseYaml(contents, filePath), file);
  };
}

/** The validated site settings, for plugins that need them at config time. */
export function readSite(dataDir: string): Site {
  const path = join(dataDir, "site.yaml");
  return dataFileParser({ "site.yaml": loadSite })(readFileSync(path, "utf8"), path) as Site;
}

export default function dataPlugin(eleventyConfig: UserConfig, { loaders }: { loaders: Record<string, Loader> }): void {
  eleventyConfig.addDataExtension("yaml", { parser: dataFileParser({ "site.yaml": loadSite, ...loaders }), read: true });
  // Directory data in TypeScript (`posts.11tydata.ts`), loaded through tsx.
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (path: string) => (await import(pathToFileURL(path).href)).default,
  });
}

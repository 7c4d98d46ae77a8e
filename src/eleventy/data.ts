/**
 * `_data/*.yaml`: every file is parsed strictly and checked against its
 * schema, so a typo fails the build instead of silently emptying a page.
 */
import { readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { parse, YAMLError } from "yaml";
import type { z } from "zod";
import { siteSchema, type Site } from "../lib/site-schema.ts";
import { DataError, parseOrFail } from "../lib/validation.ts";

/** Each data file's schema, by file name. */
const schemas: Record<string, z.ZodType> = {
  "site.yaml": siteSchema,
};

export function parseYaml(contents: string, filePath: string): unknown {
  const file = relative(process.cwd(), filePath);
  try {
    return parse(contents, { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLError) throw new DataError(`${file}: not valid YAML: ${error.message}`);
    throw error;
  }
}

/** Parses and validates one data file. */
export function parseDataFile(contents: string, filePath: string): unknown {
  const file = relative(process.cwd(), filePath);
  const schema = schemas[basename(filePath)];
  if (!schema) {
    throw new DataError(`${file}: unknown data file; expected one of ${Object.keys(schemas).join(", ")}`);
  }
  return parseOrFail(schema, parseYaml(contents, filePath), file);
}

/** The validated site settings, for plugins that need them at config time. */
export function readSite(dataDir: string): Site {
  const path = join(dataDir, "site.yaml");
  return parseDataFile(readFileSync(path, "utf8"), path) as Site;
}

export default function dataPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addDataExtension("yaml", { parser: parseDataFile, read: true });
  // Directory data in TypeScript (`posts.11tydata.ts`), loaded through tsx.
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (path: string) => (await import(pathToFileURL(path).href)).default,
  });
}

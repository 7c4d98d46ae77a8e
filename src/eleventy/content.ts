/**
 * Authors' input: front matter is read as strict YAML, every article is
 * checked against its schema, dates are read in the site's time zone, and
 * drafts are left out of production builds. A checked article also gets the
 * two fields its pages and feeds print, `lastModified` and `byline`.
 */
import { join, relative, sep } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { parseAuthorDate } from "../lib/dates.ts";
import { AUTHOR_DATE_EXPECTED } from "../lib/schema-parts.ts";
import { updatedProblem } from "../lib/post-dates.ts";
import { postSchema } from "../lib/post-schema.ts";
import { checkPictureFile } from "../build/picture-file.ts";
import { fail, parseOrFail } from "../lib/validation.ts";
import { parseYaml } from "./data.ts";
import { directories } from "./images.ts";

export interface ContentOptions {
  /** The site's zone (site.yaml), for the build under way. */
  timeZone: () => string;
}

const shortPath = (inputPath: string) => relative(process.cwd(), inputPath);
export const isPost = (inputPath: string) => shortPath(inputPath).split(sep).includes("posts");

/** `updated:` as a Date, once src/lib/post-dates.ts has found it right. */
function lastChange(file: string, updated: unknown, date: unknown, timeZone: string): Date {
  const problem = updatedProblem(updated, date, timeZone);
  if (problem) return fail(file, [problem]);
  return parseAuthorDate(updated as string, timeZone)!.value.toJSDate();
}

export default function contentPlugin(eleventyConfig: UserConfig, { timeZone }: ContentOptions): void {
  // The `yaml` package follows YAML 1.2: dates stay text, so an impossible
  // date such as 2025-02-30 is caught below instead of rolling into March.
  eleventyConfig.setFrontMatterParsingOptions({
    engines: { yaml: (source: string, options: { filePath: string }) => parseYaml(source, options.filePath) ?? {} },
  });

  eleventyConfig.addDateParsing(function (this: { page: { inputPath: string } }, value: unknown) {
    const file = shortPath(this.page.inputPath);
    if (value === undefined) {
      if (isPost(this.page.inputPath)) fail(file, [{ field: "date", value, expected: AUTHOR_DATE_EXPECTED }]);
      return undefined;
    }
    if (value instanceof Date) return value;
    const parsed = typeof value === "string" ? parseAuthorDate(value, timeZone()) : null;
    if (!parsed) fail(file, [{ field: "date", value, expected: AUTHOR_DATE_EXPECTED }]);
    return parsed.value;
  });

  eleventyConfig.addPreprocessor("posts", "md", (data: Record<string, unknown> & { page: { inputPath: string; date: Date } }) => {
    if (!isPost(data.page.inputPath)) return undefined;
    const file = shortPath(data.page.inputPath);
    const post = parseOrFail(postSchema, data, file);
    if (post.cover) {
      // The same rule as a picture in the body: address, format, file, upright, wide enough.
      const checked = checkPictureFile(join(directories(eleventyConfig).input, "images"), post.cover.src);
      if ("found" in checked) fail(file, [{ field: "cover.src", value: post.cover.src, ...checked }]);
    }
    if (data.updated !== undefined) data.updated = lastChange(file, data.updated, data.date, timeZone());
    // Set here, not as eleventyComputed: computed data costs Eleventy a graph of
    // its keys per page, for every article on every build and every save.
    // When it last changed: `updated:` when the author gave one, else its date (page, JSON-LD, feeds, sitemap).
    data.lastModified = data.updated ?? data.page.date;
    // Who wrote it: its own author, else the editorial team (site.yaml), the same on the page and in both feeds.
    data.byline = post.author ?? (data.site as { author: string }).author;
    if (post.draft && process.env.ELEVENTY_RUN_MODE === "build") return false;
    return undefined;
  });
}

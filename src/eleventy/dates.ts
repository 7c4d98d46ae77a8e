/** Date and reading-time filters; every date is shown in the site's zone. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { inZone, isoDate, isoDateTime, longDate } from "../lib/dates.ts";
import { readingMinutes } from "../lib/reading-time.ts";

export default function datesPlugin(eleventyConfig: UserConfig, { timeZone }: { timeZone: string }): void {
  eleventyConfig.addFilter("longDate", (date: Date) => longDate(inZone(date, timeZone)));
  eleventyConfig.addFilter("isoDate", (date: Date) => isoDate(inZone(date, timeZone)));
  eleventyConfig.addFilter("isoDateTime", (date: Date) => isoDateTime(inZone(date, timeZone)));
  eleventyConfig.addFilter("readingMinutes", (html: string) => readingMinutes(html ?? ""));
}

/** Date and reading-time filters; every date is shown in the site's zone. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { DateTime } from "luxon";
import { inZone, isoDate, isoDateTime, longDate } from "../lib/dates.ts";
import { readingMinutes } from "../lib/reading-time.ts";

/**
 * A date filter that formats each instant once per build: every article
 * shows its date on its own page, in lists, tag pages, feeds and the sitemap,
 * and a luxon zone conversion costs far more than a lookup.
 */
export function dateFilter(format: (dt: DateTime) => string, timeZone: () => string): (date: Date) => string {
  const cache = new Map<string, string>();
  return (date) => {
    const zone = timeZone();
    if (!(date instanceof Date)) return format(inZone(date, zone)); // fails as before, with luxon's message
    const key = `${zone} ${date.getTime()}`;
    let text = cache.get(key);
    if (text === undefined) {
      text = format(inZone(date, zone));
      cache.set(key, text);
    }
    return text;
  };
}

export default function datesPlugin(eleventyConfig: UserConfig, { timeZone }: { timeZone: () => string }): void {
  eleventyConfig.addFilter("longDate", dateFilter(longDate, timeZone));
  eleventyConfig.addFilter("isoDate", dateFilter(isoDate, timeZone));
  eleventyConfig.addFilter("isoDateTime", dateFilter(isoDateTime, timeZone));
  eleventyConfig.addFilter("readingMinutes", (html: string) => readingMinutes(html ?? ""));
}

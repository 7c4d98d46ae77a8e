/**
 * Dates as authors write them and as visitors read them: Indonesian, in the
 * site's time zone, whatever the clock zone of the machine that builds.
 * Pure: no Eleventy, no DOM.
 */
import { DateTime } from "luxon";
import { CALENDAR_DATE, DATE_TIME_WITH_OFFSET } from "./schema-parts.ts";

export const LOCALE = "id";

export type ParsedDate = { kind: "date" | "instant"; value: DateTime };

/**
 * Reads a date as authors write it: a calendar date is that day in `zone`;
 * a date-time must carry its offset. Anything else (an impossible day, a
 * date-time without offset, which would be ambiguous) gives null.
 */
export function parseAuthorDate(text: string, zone: string): ParsedDate | null {
  const kind = CALENDAR_DATE.test(text) ? "date" : DATE_TIME_WITH_OFFSET.test(text) ? "instant" : null;
  if (!kind) return null;
  const value = DateTime.fromISO(text, { zone, locale: LOCALE });
  return value.isValid ? { kind, value } : null;
}

/** An instant seen in the site's zone and language. */
export function inZone(date: Date, zone: string): DateTime {
  const value = DateTime.fromJSDate(date, { zone }).setLocale(LOCALE);
  if (!value.isValid) throw new RangeError(`invalid date: ${value.invalidExplanation ?? value.invalidReason}`);
  return value;
}

/** "4 Oktober 2022" */
export function longDate(dt: DateTime): string {
  return dt.setLocale(LOCALE).toFormat("d MMMM yyyy");
}

/** "2022-10-04", for `<time datetime>` and the sitemap. */
export function isoDate(dt: DateTime): string {
  return dt.toISODate() ?? "";
}

/** "2022-10-04T00:00:00+07:00", for feeds and JSON-LD. */
export function isoDateTime(dt: DateTime): string {
  return dt.toISO({ suppressMilliseconds: true }) ?? "";
}

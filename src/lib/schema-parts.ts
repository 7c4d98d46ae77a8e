/**
 * The pieces every data schema is made of, each with the words an author
 * reads when a value is wrong. Written once: site, promo, course and
 * article schemas, and the date reader, share them.
 */
import slugify from "@sindresorhus/slugify";
import { z } from "zod";

/**
 * URL slugs for tags, headings and filter values: "Back End" → "back-end".
 * "+" and "#" are spelled out, so "C++" and "C#" keep a page of their own
 * instead of sharing "c" with "C".
 */
const SPELLED_OUT: [string, string][] = [
  ["+", " plus "],
  ["#", " sharp "],
];
export const slug = (text: string) => slugify(text, { decamelize: false, customReplacements: SPELLED_OUT });

/** A non-empty text; `what` says what is expected. */
export const text = (what: string) => z.string({ error: what }).trim().min(1, { error: what });

/** A short unique name of lowercase letters, digits and "-". */
export const id = (example: string) => {
  const expected = `a short unique name of lowercase letters, digits and "-", such as "${example}"`;
  return z.string({ error: expected }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: expected });
};

/** A whole, positive number of rupiah. */
export const rupiahAmount = (what: string, example: number) => {
  const expected = `a whole, positive ${what} in rupiah, such as ${example}`;
  return z.number({ error: expected }).int({ error: expected }).positive({ error: expected });
};

const DAY = String.raw`\d{4}-\d{2}-\d{2}`;
const TIME_AND_OFFSET = String.raw`T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})`;
/** A calendar day, as authors write it. */
export const CALENDAR_DATE = new RegExp(`^${DAY}$`);
/** An exact instant, which must carry its offset: without one it would be ambiguous. */
export const DATE_TIME_WITH_OFFSET = new RegExp(`^${DAY}${TIME_AND_OFFSET}$`);
const AUTHOR_DATE = new RegExp(`^${DAY}(${TIME_AND_OFFSET})?$`);

/** The date rules in words: the one wording of every message, hint and schema that states them. */
export const DAY_EXPECTED = 'a real calendar date written YYYY-MM-DD (such as "2025-12-17")';
export const AUTHOR_DATE_EXPECTED = `${DAY_EXPECTED}, or a date-time with its offset (such as "2025-12-17T09:00:00+07:00"); a date-time without offset is ambiguous`;

/** A date or date-time as authors write them; whether the day exists is checked in the site's zone (dates.ts). */
export const authorDate = (meaning: string) =>
  z.string({ error: AUTHOR_DATE_EXPECTED }).regex(AUTHOR_DATE, { error: AUTHOR_DATE_EXPECTED }).describe(meaning);

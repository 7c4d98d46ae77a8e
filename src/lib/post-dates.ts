/**
 * An article's `updated:` (optional): the day it last changed, a calendar
 * date not before its `date`. One rule for the build (src/eleventy/content.ts)
 * and the editor's save (src/cms/rules.ts).
 */
import { parseAuthorDate } from "./dates.ts";
import { DAY_EXPECTED } from "./schema-parts.ts";
import type { Problem } from "./validation.ts";

export function updatedProblem(updated: unknown, date: unknown, zone: string): Problem | null {
  const parsed = typeof updated === "string" ? parseAuthorDate(updated, zone) : null;
  if (!parsed || parsed.kind !== "date")
    return { field: "updated", value: updated, expected: `${DAY_EXPECTED}, the day the article last changed` };
  const published = typeof date === "string" ? parseAuthorDate(date, zone) : null;
  if (published && parsed.value < published.value.startOf("day"))
    return { field: "updated", value: updated, expected: `a day on or after the article's date, ${date}` };
  return null;
}

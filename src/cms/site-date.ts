/**
 * The CMS date field's value, in the forms the schema accepts: a calendar
 * day "2025-12-17" (a whole day in the site's zone) or a moment with the
 * zone's offset "2025-12-17T09:00:00+07:00". The day and time an author
 * picks are read as the site's wall clock, never the browser's zone, and
 * never written as UTC. Pure: shared by the widget and its tests.
 */
import { DateTime } from "luxon";
import { parseAuthorDate } from "../lib/dates.ts";

export interface DateParts {
  /** YYYY-MM-DD, as an <input type="date"> holds it. */
  day: string;
  /** HH:mm or HH:mm:ss, as an <input type="time"> holds it; null for a whole day. */
  time: string | null;
}

/** What the inputs show for a stored value, in `zone`; null when the value is not one of the accepted forms. */
export function toParts(value: string, zone: string): DateParts | null {
  const parsed = parseAuthorDate(value, zone);
  if (!parsed) return null;
  if (parsed.kind === "date") return { day: value, time: null };
  const local = parsed.value.setZone(zone);
  return { day: local.toFormat("yyyy-MM-dd"), time: local.toFormat(local.second ? "HH:mm:ss" : "HH:mm") };
}

/** The value to store for what the inputs hold; "" while the day is empty or impossible. */
export function fromParts({ day, time }: DateParts, zone: string): string {
  if (!day) return "";
  if (time === null) return parseAuthorDate(day, zone) ? day : "";
  const moment = DateTime.fromISO(`${day}T${time}`, { zone });
  return moment.isValid ? moment.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ") : "";
}

/**
 * Patterns for what a visitor reads, to find every mention of a date in a
 * page's text whatever the content: month names from luxon's Indonesian
 * locale, as the site's own dates are written (src/lib/dates.ts).
 */
import { Info } from "luxon";

const MONTH = `(?:${Info.months("long", { locale: "id" }).join("|")})`;

/** "17 Desember 2025", "17–23 Desember", "3 Desember". */
export const DATE_MENTION = new RegExp(`\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?\\s+${MONTH}(?:\\s+\\d{4})?`, "g");

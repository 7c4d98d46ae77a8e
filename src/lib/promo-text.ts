/** Indonesian texts derived from a promo's numbers and instants (luxon, Intl). */
import type { DateTime } from "luxon";
import { LOCALE } from "./dates.ts";
import { rupiah } from "./money.ts";

const numberId = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

/** "199k", "1,5jt", as on the seed's "Diskon 199k"; odd amounts in full. */
export function shortAmount(amount: number): string {
  if (amount >= 1_000_000 && amount % 100_000 === 0) return `${numberId.format(amount / 1_000_000)}jt`;
  if (amount >= 1000 && amount % 1000 === 0) return `${amount / 1000}k`;
  return rupiah(amount);
}

/**
 * "17–23 Desember 2025", "28 November – 3 Desember 2025",
 * "29 Desember 2025 – 4 Januari 2026", or "23 Desember 2025" for one day.
 */
export function periodText(first: DateTime, last: DateTime): string {
  const a = first.setLocale(LOCALE);
  const b = last.setLocale(LOCALE);
  if (a.hasSame(b, "day")) return b.toFormat("d MMMM yyyy");
  if (a.hasSame(b, "month")) return `${a.toFormat("d")}–${b.toFormat("d MMMM yyyy")}`;
  if (a.hasSame(b, "year")) return `${a.toFormat("d MMMM")} – ${b.toFormat("d MMMM yyyy")}`;
  return `${a.toFormat("d MMMM yyyy")} – ${b.toFormat("d MMMM yyyy")}`;
}

/** "Selasa, 23 Desember 2025 pukul 23.59 WIB", in the zone's own abbreviation. */
export function momentText(dt: DateTime): string {
  return dt.setLocale(LOCALE).toFormat("cccc, d MMMM yyyy 'pukul' HH.mm ZZZZ");
}

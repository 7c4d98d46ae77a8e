/**
 * `_data/promos.yaml` → the `promos` global: every promo resolved in the
 * site's zone, and `current`, the one pages show at build time (or at
 * PROMO_NOW, so authors can preview a promo before it starts).
 */
import { DateTime } from "luxon";
import { parseAuthorDate } from "../lib/dates.ts";
import { DEFAULT_ANNOUNCE_DAYS, promosFileSchema } from "../lib/promo-schema.ts";
import { currentPromo, FADE_MS, resolvePromos, type Promo, type PromoAtInstant } from "../lib/promos.ts";
import { DataError, listItem, parseOrFail } from "../lib/validation.ts";

export interface PromosData {
  all: Promo[];
  current: PromoAtInstant | null;
  /** While the current promo is live: what the site shows at its end (so a page left open can become it). */
  atEnd: PromoAtInstant | null;
  /** The instant the pages were rendered for, ISO with offset. */
  renderedAt: string;
}

/** The instant to render for: PROMO_NOW when given, else the real clock. */
export function renderInstant(promoNow: string | undefined, zone: string): number {
  if (promoNow === undefined || promoNow === "") return Date.now();
  const parsed = parseAuthorDate(promoNow, zone);
  if (!parsed) {
    throw new DataError(
      `PROMO_NOW: found ${JSON.stringify(promoNow)}; expected a date-time with its offset, such as 2025-12-20T09:00:00+07:00, or a date such as 2025-12-20`,
    );
  }
  return parsed.value.toMillis();
}

/** Validates the promos file and resolves what pages show at `now`. */
export function loadPromos(raw: unknown, file: string, zone: string, now: number): PromosData {
  const input = parseOrFail(promosFileSchema, raw, file, listItem(raw, "promos", "promo"));
  const all = resolvePromos(input.promos, zone, file);
  const leadMs = (input.announceDays ?? DEFAULT_ANNOUNCE_DAYS) * 86_400_000;
  const mention = { leadMs, fadeMs: FADE_MS };
  const current = currentPromo(all, now, zone, mention);
  const atEnd = current && current.state !== "ended" ? currentPromo(all, current.endsAt, zone, mention) : null;
  const renderedAt = DateTime.fromMillis(now, { zone }).toISO({ suppressMilliseconds: true }) ?? "";
  return { all, current, atEnd, renderedAt };
}

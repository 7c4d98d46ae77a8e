/**
 * From the validated promos file to what pages show: instants in the site's
 * zone, cross-promo checks, the promo to show at an instant and its texts.
 */
import { DateTime } from "luxon";
import { LOCALE, parseAuthorDate, type ParsedDate } from "./dates.ts";
import { AUTHOR_DATE_EXPECTED, type PromoInput } from "./promo-schema.ts";
import { overlaps, selectPromo, stateAt, type Mention, type PromoState } from "./promo-state.ts";
import { momentText, periodText, shortAmount } from "./promo-text.ts";
import { fail, type Problem } from "./validation.ts";

/**
 * The promo types, from the file to the page: PromoInput (promo-schema.ts,
 * as written) → Promo (here: its dates as instants) → PromoAtInstant (here:
 * its state and texts at the instant rendered) → PromoView (promo-view.ts:
 * what templates print); the cart's bundle takes CartPromo (cart.ts).
 */
export interface Promo extends PromoInput {
  /** Epoch ms of the first instant. */
  startsAt: number;
  /** Epoch ms of the first instant after the promo (exclusive). */
  endsAt: number;
}

/** A promo at one instant (the build's, or its end): its state then, and its texts in Indonesian. */
export interface PromoAtInstant extends Promo {
  state: PromoState;
  startIso: string;
  /** The instant it ends, ISO with the zone's offset (schema.org's validThrough). */
  endIso: string;
  discountShort: string;
  periodText: string;
  startText: string;
  /** "Mulai 17 Desember": the start where a line is short (the promo bar on phones). */
  startShort: string;
  endText: string;
}

/** An ended promo is noted for at most 14 days (a build-time rule: kept out of the browser bundles that share promo-state.ts). */
export const FADE_MS = 14 * 86_400_000;

const label = (p: PromoInput, i: number) => `promo "${p.id}" (#${i + 1})`;

/** Resolves dates in `zone` and checks what one promo alone cannot. */
export function resolvePromos(inputs: readonly PromoInput[], zone: string, file: string): Promo[] {
  const problems: Problem[] = [];
  const promos: Promo[] = [];
  const positions = new Map<Promo, number>();
  inputs.forEach((input, i) => {
    const read = (field: "start" | "end"): ParsedDate | null => {
      const parsed = parseAuthorDate(input[field], zone);
      if (!parsed) problems.push({ item: label(input, i), field, value: input[field], expected: AUTHOR_DATE_EXPECTED });
      return parsed;
    };
    const start = read("start");
    const end = read("end");
    if (!start || !end) return;
    // A date `end` includes that whole day.
    const endsAt = (end.kind === "date" ? end.value.plus({ days: 1 }) : end.value).toMillis();
    const startsAt = start.value.toMillis();
    if (endsAt <= startsAt) {
      problems.push({ item: label(input, i), field: "end", value: input.end, expected: `a moment after start (${input.start})` });
      return;
    }
    const promo = { ...input, startsAt, endsAt };
    promos.push(promo);
    positions.set(promo, i);
  });

  // An id names one promo; a code is what a visitor types at checkout, so it must name one promo too.
  for (const field of ["id", "code"] as const) {
    const seen = new Map<string, number>();
    inputs.forEach((input, i) => {
      const first = seen.get(input[field]);
      if (first !== undefined) {
        problems.push({
          item: label(input, i),
          field,
          value: input[field],
          expected: `${field === "id" ? "an id" : "a code"} not already used by promo #${first + 1}`,
        });
      } else seen.set(input[field], i);
    });
  }
  promos.forEach((a, i) => {
    for (const b of promos.slice(i + 1)) {
      if (overlaps(a, b)) {
        problems.push({
          item: label(b, positions.get(b) ?? 0),
          field: "start",
          value: b.start,
          expected: `a period that does not overlap promo "${a.id}" (${a.start} to ${a.end}); only one promo can run at a time`,
        });
      }
    }
  });
  if (problems.length) fail(file, problems);
  return promos;
}

export function promoAt(promo: Promo, now: number, zone: string): PromoAtInstant {
  const at = (ms: number) => DateTime.fromMillis(ms, { zone });
  const first = at(promo.startsAt);
  const last = at(promo.endsAt - 1);
  // A date end is shown as the day's last minute (23.59); a date-time end as itself.
  const endShown = parseAuthorDate(promo.end, zone)?.kind === "date" ? last : at(promo.endsAt);
  return {
    ...promo,
    state: stateAt(promo, now),
    startIso: first.toISO({ suppressMilliseconds: true }) ?? "",
    endIso: at(promo.endsAt).toISO({ suppressMilliseconds: true }) ?? "",
    discountShort: shortAmount(promo.discount),
    periodText: periodText(first, last),
    startText: `Mulai ${momentText(first)}`,
    startShort: `Mulai ${first.setLocale(LOCALE).toFormat("d MMMM")}`,
    endText: `Berakhir ${momentText(endShown)}`,
  };
}

/** What the site shows at `now`: the promo to feature, or null when there is none. */
export function currentPromo(promos: readonly Promo[], now: number, zone: string, mention: Mention): PromoAtInstant | null {
  const promo = selectPromo(promos, now, mention);
  return promo ? promoAt(promo, now, zone) : null;
}

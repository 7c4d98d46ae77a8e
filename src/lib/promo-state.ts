/**
 * Which promo shows and in which state, at an instant. Pure and dependency
 * free: the build and the browser bundle share it, so both agree to the
 * millisecond. Instants are epoch milliseconds; `endsAt` is exclusive.
 */
export type PromoState = "upcoming" | "active" | "ended";

export interface Period {
  startsAt: number;
  endsAt: number;
}

export function stateAt(period: Period, now: number): PromoState {
  if (now < period.startsAt) return "upcoming";
  return now < period.endsAt ? "active" : "ended";
}

/** The instant the state next changes, or null once the promo has ended. */
export function nextBoundary(period: Period, now: number): number | null {
  const state = stateAt(period, now);
  return state === "upcoming" ? period.startsAt : state === "active" ? period.endsAt : null;
}

/** How long a promo is mentioned around its period: announced before it starts, its end noted after it. */
export interface Mention {
  /** An upcoming promo shows from this long before its start. */
  leadMs: number;
  /** An ended promo is noted (the quiet line) for this long after its end, then not at all. */
  fadeMs: number;
}

/**
 * The active promo, else the next upcoming one once within its lead time,
 * else the most recently ended one within its fade; null when none is.
 */
export function selectPromo<P extends Period>(promos: readonly P[], now: number, mention: Mention): P | null {
  let upcoming: P | null = null;
  let ended: P | null = null;
  for (const promo of promos) {
    const state = stateAt(promo, now);
    if (state === "active") return promo;
    if (state === "upcoming" && promo.startsAt - mention.leadMs <= now && (!upcoming || promo.startsAt < upcoming.startsAt))
      upcoming = promo;
    if (state === "ended" && now < promo.endsAt + mention.fadeMs && (!ended || promo.endsAt > ended.endsAt)) ended = promo;
  }
  return upcoming ?? ended;
}

/** Whether two periods share at least one instant. */
export const overlaps = (a: Period, b: Period) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

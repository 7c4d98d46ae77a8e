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

/** The active promo, else the next upcoming one, else the most recently ended one. */
export function selectPromo<P extends Period>(promos: readonly P[], now: number): P | null {
  let upcoming: P | null = null;
  let ended: P | null = null;
  for (const promo of promos) {
    const state = stateAt(promo, now);
    if (state === "active") return promo;
    if (state === "upcoming" && (!upcoming || promo.startsAt < upcoming.startsAt)) upcoming = promo;
    if (state === "ended" && (!ended || promo.endsAt > ended.endsAt)) ended = promo;
  }
  return upcoming ?? ended;
}

/** Whether two periods share at least one instant. */
export const overlaps = (a: Period, b: Period) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

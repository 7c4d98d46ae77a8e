import { describe, expect, it } from "vitest";
import { nextBoundary, overlaps, selectPromo, stateAt } from "../../src/lib/promo-state.ts";

const period = { startsAt: Date.parse("2025-12-16T17:00:00Z"), endsAt: Date.parse("2025-12-23T17:00:00Z") };

describe("stateAt, around each boundary", () => {
  it.each([
    [period.startsAt - 1, "upcoming"],
    [period.startsAt, "active"],
    [period.startsAt + 1, "active"],
    [period.endsAt - 1, "active"],
    [period.endsAt, "ended"],
    [period.endsAt + 1, "ended"],
  ])("at %i it is %s", (now, state) => {
    expect(stateAt(period, now)).toBe(state);
  });
});

describe("nextBoundary", () => {
  it("is the start, then the end, then none", () => {
    expect(nextBoundary(period, period.startsAt - 1)).toBe(period.startsAt);
    expect(nextBoundary(period, period.startsAt)).toBe(period.endsAt);
    expect(nextBoundary(period, period.endsAt)).toBeNull();
  });
});

describe("selectPromo", () => {
  const day = 86_400_000;
  const a = { id: "a", startsAt: 0, endsAt: 10 * day };
  const b = { id: "b", startsAt: 20 * day, endsAt: 30 * day };
  const c = { id: "c", startsAt: 40 * day, endsAt: 50 * day };
  const all = [c, a, b];

  it("prefers the active promo", () => expect(selectPromo(all, 25 * day)?.id).toBe("b"));
  it("else the next upcoming one", () => expect(selectPromo(all, 15 * day)?.id).toBe("b"));
  it("else the most recently ended one", () => expect(selectPromo(all, 60 * day)?.id).toBe("c"));
  it("is null without promos", () => expect(selectPromo([], 0)).toBeNull());
});

describe("overlaps", () => {
  it("treats the end as exclusive", () => {
    expect(overlaps({ startsAt: 0, endsAt: 10 }, { startsAt: 10, endsAt: 20 })).toBe(false);
    expect(overlaps({ startsAt: 0, endsAt: 11 }, { startsAt: 10, endsAt: 20 })).toBe(true);
    expect(overlaps({ startsAt: 5, endsAt: 6 }, { startsAt: 0, endsAt: 20 })).toBe(true);
  });
});

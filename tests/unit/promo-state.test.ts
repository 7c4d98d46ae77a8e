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
  const wide = { leadMs: 100 * day, fadeMs: 100 * day };

  it("prefers the active promo", () => expect(selectPromo(all, 25 * day, wide)?.id).toBe("b"));
  it("else the next upcoming one", () => expect(selectPromo(all, 15 * day, wide)?.id).toBe("b"));
  it("else the most recently ended one", () => expect(selectPromo(all, 60 * day, wide)?.id).toBe("c"));
  it("is null without promos", () => expect(selectPromo([], 0, wide)).toBeNull());

  describe("announced from its lead time, noted until its fade", () => {
    const mention = { leadMs: 7 * day, fadeMs: 14 * day };
    it.each([
      [20 * day - 7 * day - 1, "a", "b is not announced yet: a ended 3 days ago"],
      [20 * day - 7 * day, "b", "b is announced exactly 7 days before its start"],
      [15 * day, "b", "b, announced, wins over a's note"],
      [50 * day + 14 * day - 1, "c", "c is noted up to 14 days after its end"],
    ])("at %i: %s (%s)", (now, id) => expect(selectPromo(all, now, mention)?.id).toBe(id));
    it("mentions nothing 14 days after the last end", () => expect(selectPromo(all, 64 * day, mention)).toBeNull());
    it("mentions nothing before the first lead time", () => expect(selectPromo([b], 13 * day - 1, mention)).toBeNull());
    it("notes an ended promo while the next is not announced", () => expect(selectPromo([a, b], 12 * day, mention)?.id).toBe("a"));
  });
});

describe("overlaps", () => {
  it("treats the end as exclusive", () => {
    expect(overlaps({ startsAt: 0, endsAt: 10 }, { startsAt: 10, endsAt: 20 })).toBe(false);
    expect(overlaps({ startsAt: 0, endsAt: 11 }, { startsAt: 10, endsAt: 20 })).toBe(true);
    expect(overlaps({ startsAt: 5, endsAt: 6 }, { startsAt: 0, endsAt: 20 })).toBe(true);
  });
});

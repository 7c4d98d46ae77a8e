import { describe, expect, it } from "vitest";
import { clockOffset, pad, timeLeft, untilNextSecond } from "../../src/lib/countdown.ts";

const T = Date.parse("2025-12-24T00:00:00+07:00");
const seconds = ([d, h, m, s]: readonly number[]) => d! * 86_400 + h! * 3600 + m! * 60 + s!;

describe("timeLeft", () => {
  it.each([
    [0, [0, 0, 0, 0]],
    [1, [0, 0, 0, 1]],
    [999, [0, 0, 0, 1]],
    [1000, [0, 0, 0, 1]],
    [1001, [0, 0, 0, 2]],
    [59_000, [0, 0, 0, 59]],
    [60_000, [0, 0, 1, 0]],
    [3_600_000, [0, 1, 0, 0]],
    [86_400_000, [1, 0, 0, 0]],
    [86_399_000, [0, 23, 59, 59]],
    [(3 * 86_400 + 15 * 3600) * 1000, [3, 15, 0, 0]],
    [138 * 86_400_000, [138, 0, 0, 0]],
  ])("%i ms before the target shows %j", (before, units) => {
    expect(timeLeft(T, T - before)).toEqual(units);
  });

  it("is never negative after the target", () => {
    for (const after of [1, 999, 1000, 86_400_000 * 400]) expect(timeLeft(T, T + after)).toEqual([0, 0, 0, 0]);
  });

  it("keeps every unit in range and adds up to the whole seconds left, rounded up", () => {
    for (let before = 0; before < 3 * 86_400_000; before += 7_777_777 + (before % 997)) {
      const units = timeLeft(T, T - before);
      const [, h, m, s] = units;
      expect(h).toBeLessThan(24);
      expect(m).toBeLessThan(60);
      expect(s).toBeLessThan(60);
      expect(seconds(units)).toBe(Math.ceil(before / 1000));
    }
  });
});

describe("untilNextSecond", () => {
  it("waits until the whole seconds left change", () => {
    expect(untilNextSecond(T, T - 1500)).toBe(500);
    expect(untilNextSecond(T, T - 2000)).toBe(1000);
    expect(untilNextSecond(T, T - 1)).toBe(1);
    expect(untilNextSecond(T, T)).toBe(1000);
  });

  it("lands exactly where the display changes", () => {
    for (const now of [T - 12_345, T - 999, T - 60_001]) {
      const next = now + untilNextSecond(T, now);
      expect(seconds(timeLeft(T, next))).toBe(seconds(timeLeft(T, now)) - 1);
      expect(seconds(timeLeft(T, next - 1))).toBe(seconds(timeLeft(T, now)));
    }
  });
});

describe("pad", () => {
  it("pads to two digits and lets days exceed 99", () => {
    expect([0, 7, 42, 138].map(pad)).toEqual(["00", "07", "42", "138"]);
  });
});

describe("clockOffset", () => {
  const server = Date.parse("2025-12-20T02:00:00Z");
  it("measures a clock hours wrong, from the middle of the request", () => {
    expect(clockOffset(server, server - 3 * 3_600_000 - 100, server - 3 * 3_600_000 + 100)).toBe(3 * 3_600_000 + 500);
  });
  it("keeps a clock within two seconds", () => {
    expect(clockOffset(server, server + 1000, server + 1000)).toBe(0);
    expect(clockOffset(server, server - 1400, server - 1400)).toBe(0);
  });
  it("keeps the local clock when the header is missing or unreadable", () => {
    expect(clockOffset(Date.parse(""), 0, 0)).toBe(0);
    expect(clockOffset(Number.NaN, server, server)).toBe(0);
  });
});

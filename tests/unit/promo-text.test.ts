import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { rupiah } from "../../src/lib/money.ts";
import { momentText, periodText, shortAmount } from "../../src/lib/promo-text.ts";

const day = (iso: string) => DateTime.fromISO(iso, { zone: "Asia/Jakarta" });

describe("periodText", () => {
  it.each([
    ["2025-12-17", "2025-12-23", "17–23 Desember 2025"],
    ["2025-11-28", "2025-12-03", "28 November – 3 Desember 2025"],
    ["2025-12-29", "2026-01-04", "29 Desember 2025 – 4 Januari 2026"],
    ["2025-12-23", "2025-12-23", "23 Desember 2025"],
  ])("%s to %s is %s", (a, b, text) => {
    expect(periodText(day(a), day(b))).toBe(text);
  });
});

describe("amounts", () => {
  it("writes the headline amount as on the seed", () => {
    expect(shortAmount(199_000)).toBe("199k");
    expect(shortAmount(50_000)).toBe("50k");
    expect(shortAmount(1_500_000)).toBe("1,5jt");
    expect(shortAmount(2_000_000)).toBe("2jt");
    expect(shortAmount(199_500)).toBe("Rp199.500");
  });

  it("writes full rupiah with Indonesian grouping", () => {
    expect(rupiah(199_000)).toBe("Rp199.000");
    expect(rupiah(1_250_000)).toBe("Rp1.250.000");
  });
});

describe("momentText", () => {
  it("names the weekday, the time with a dot and the zone's own abbreviation", () => {
    expect(momentText(day("2025-12-23T23:59:59.999"))).toBe("Selasa, 23 Desember 2025 pukul 23.59 WIB");
    expect(momentText(DateTime.fromISO("2025-12-23T10:00:00", { zone: "Asia/Makassar" }))).toBe(
      "Selasa, 23 Desember 2025 pukul 10.00 WITA",
    );
    expect(momentText(DateTime.fromISO("2025-12-23T10:00:00", { zone: "Asia/Jayapura" }))).toBe("Selasa, 23 Desember 2025 pukul 10.00 WIT");
  });
});

import { describe, expect, it } from "vitest";
import { inZone, isoDate, isoDateTime, longDate, parseAuthorDate } from "../../src/lib/dates.ts";

const ZONE = "Asia/Jakarta";

describe("parseAuthorDate", () => {
  it("reads a calendar date as the start of that day in the zone", () => {
    const parsed = parseAuthorDate("2022-10-04", ZONE);
    expect(parsed?.kind).toBe("date");
    expect(parsed?.value.toISO()).toBe("2022-10-04T00:00:00.000+07:00");
    expect(parsed?.value.toMillis()).toBe(Date.UTC(2022, 9, 3, 17));
  });

  it("keeps the instant of a date-time with an offset", () => {
    const parsed = parseAuthorDate("2022-10-04T09:30:00Z", ZONE);
    expect(parsed?.kind).toBe("instant");
    expect(parsed?.value.toISO()).toBe("2022-10-04T16:30:00.000+07:00");
  });

  it.each([
    ["2025-02-30", "impossible day"],
    ["2022-13-01", "impossible month"],
    ["2022-10-04T09:00:00", "date-time without offset"],
    ["4 Oktober 2022", "prose"],
    ["2022-10-4", "unpadded"],
    ["", "empty"],
  ])("refuses %s (%s)", (text) => {
    expect(parseAuthorDate(text, ZONE)).toBeNull();
  });
});

describe("formatting", () => {
  const instant = new Date("2022-10-03T17:00:00Z"); // 4 October, 00:00 WIB

  it("shows the day in the site's zone, in Indonesian", () => {
    expect(longDate(inZone(instant, ZONE))).toBe("4 Oktober 2022");
    expect(isoDate(inZone(instant, ZONE))).toBe("2022-10-04");
    expect(isoDateTime(inZone(instant, ZONE))).toBe("2022-10-04T00:00:00+07:00");
  });

  it("does not depend on the zone the instant is seen from", () => {
    expect(longDate(inZone(instant, "UTC"))).toBe("3 Oktober 2022");
  });

  it("names every month in Indonesian", () => {
    const months = Array.from({ length: 12 }, (_, m) => longDate(inZone(new Date(Date.UTC(2025, m, 15)), ZONE)).split(" ")[1]);
    expect(months).toEqual([
      "Januari",
      "Februari",
      "Maret",
      "April",
      "Mei",
      "Juni",
      "Juli",
      "Agustus",
      "September",
      "Oktober",
      "November",
      "Desember",
    ]);
  });

  it("refuses an invalid Date", () => {
    expect(() => inZone(new Date("nope"), ZONE)).toThrow(RangeError);
  });
});

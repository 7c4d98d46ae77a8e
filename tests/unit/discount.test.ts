/** The one rule of what a promo discounts (src/lib/discount.ts). */
import { describe, expect, it } from "vitest";
import { discounts, promoPrice } from "../../src/lib/discount.ts";

describe("discount", () => {
  it("applies to the programs of the promo's series, and only those", () => {
    expect(discounts({ series: "Complete Series" }, { series: "Complete Series" })).toBe(true);
    expect(discounts({ series: "Complete Series" }, { series: "Bootcamp" })).toBe(false);
  });

  it("takes the discount off the price, never below zero", () => {
    expect(promoPrice(1_000_000, 199_000)).toBe(801_000);
    expect(promoPrice(150_000, 199_000)).toBe(0);
  });
});

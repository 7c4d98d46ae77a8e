import { describe, expect, it } from "vitest";
import { checkoutHref, priceCart, repairCart, type CartCourse } from "../../src/lib/cart.ts";
import { promoPrice } from "../../src/lib/discount.ts";
import { rupiah } from "../../src/lib/money.ts";
import { FIXTURE_PROMO } from "../helpers/instants.ts";

const courses: Record<string, CartCourse> = {
  python: { title: "Python", price: 1_499_000, series: "Complete Series", url: "/kelas/python/" },
  laravel: { title: "Laravel", price: 1_299_000, series: "Complete Series", url: "/kelas/laravel/" },
  docker: { title: "Docker", price: 549_000, series: "Kelas Singkat", url: "/kelas/docker/" },
  murah: { title: "Murah", price: 150_000, series: "Complete Series", url: "/kelas/murah/" },
};
const promo = {
  startsAt: Date.parse("2025-12-17T00:00:00+07:00"),
  endsAt: Date.parse("2025-12-24T00:00:00+07:00"),
  discount: 199_000,
  series: "Complete Series",
  code: "DEPLOYNOW",
};
const during = Date.parse(FIXTURE_PROMO.active);
const known = (id: string) => id in courses;

describe("priceCart", () => {
  it("discounts each eligible item while the promo is active, in whole rupiah", () => {
    const cart = priceCart(["python", "docker", "laravel"], courses, promo, during);
    expect(cart.lines.map((l) => [l.id, l.discount, l.total])).toEqual([
      ["python", 199_000, 1_300_000],
      ["docker", 0, 549_000],
      ["laravel", 199_000, 1_100_000],
    ]);
    expect(cart).toMatchObject({ subtotal: 3_347_000, discount: 398_000, total: 2_949_000, code: "DEPLOYNOW" });
  });

  it.each([
    ["a millisecond before the start", promo.startsAt - 1, 0],
    ["at the start", promo.startsAt, 199_000],
    ["a millisecond before the end", promo.endsAt - 1, 199_000],
    ["at the end", promo.endsAt, 0],
  ])("%s the discount is %i", (_, now, discount) => {
    const cart = priceCart(["python"], courses, promo, now);
    expect(cart.discount).toBe(discount);
    expect(cart.code).toBe(discount ? "DEPLOYNOW" : null);
  });

  it("never makes an item cost less than nothing", () => {
    expect(priceCart(["murah"], courses, promo, during)).toMatchObject({ discount: 150_000, total: 0 });
    expect(promoPrice(150_000, 199_000)).toBe(0);
  });

  it("gives no code when no item is eligible, and skips unknown ids", () => {
    expect(priceCart(["docker", "hilang"], courses, promo, during)).toMatchObject({ lines: [{ id: "docker" }], discount: 0, code: null });
    expect(priceCart([], courses, null, during)).toMatchObject({ subtotal: 0, total: 0, code: null });
  });
});

describe("repairCart", () => {
  it("keeps known ids once, in order", () => {
    expect(repairCart('["docker","python","docker"]', known)).toEqual({ ids: ["docker", "python"], dropped: 1 });
  });
  it.each([
    ["nothing stored", null, [], 0],
    ["corrupt JSON", "{not json", [], 1],
    ["not a list", '{"python":1}', [], 1],
    ["a removed program", '["python","dihapus"]', ["python"], 1],
    ["an outdated entry shape", '[{"id":"python","price":1000}]', [], 1],
  ])("repairs %s", (_, stored, ids, dropped) => {
    expect(repairCart(stored as string | null, known)).toEqual({ ids, dropped });
  });
});

describe("checkout hand-off", () => {
  it("passes the program ids and the promo code in the query", () => {
    const url = new URL(checkoutHref("https://bayar.example.id/checkout", ["python", "docker"], "DEPLOYNOW"));
    expect(url.searchParams.get("program")).toBe("python,docker");
    expect(url.searchParams.get("kode")).toBe("DEPLOYNOW");
    expect(new URL(checkoutHref("https://bayar.example.id/checkout", ["docker"], null)).searchParams.has("kode")).toBe(false);
  });
});

describe("rupiah", () => {
  it("groups with dots and has no decimals", () => {
    expect(rupiah(2_949_000)).toBe("Rp2.949.000");
    expect(rupiah(0)).toBe("Rp0");
  });
});

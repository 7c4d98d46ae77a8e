/**
 * Cart arithmetic and storage repair. Pure and dependency free: the cart
 * page's bundle uses it; prices are whole rupiah, so integers stay exact.
 * The cart stores program ids only: prices always come from the latest build.
 */
import { discounts, promoPrice } from "./discount.ts";
import { stateAt, type Period } from "./promo-state.ts";

export interface CartCourse {
  title: string;
  price: number;
  series: string;
  url: string;
}

export interface CartPromo extends Period {
  discount: number;
  series: string;
  code: string;
}

export interface CartLine {
  id: string;
  course: CartCourse;
  discount: number;
  total: number;
}

export interface PricedCart {
  lines: CartLine[];
  subtotal: number;
  discount: number;
  total: number;
  /** The promo code to hand to checkout, when the promo applies to an item now. */
  code: string | null;
}

/**
 * Reads what localStorage held: anything unreadable, unknown (a removed
 * program) or repeated is dropped. `dropped` says how many entries went.
 */
export function repairCart(stored: string | null, known: (id: string) => boolean): { ids: string[]; dropped: number } {
  let value: unknown;
  try {
    value = JSON.parse(stored ?? "[]");
  } catch {
    return { ids: [], dropped: 1 };
  }
  if (!Array.isArray(value)) return { ids: [], dropped: 1 };
  const ids = [...new Set(value.filter((id): id is string => typeof id === "string" && known(id)))];
  return { ids, dropped: value.length - ids.length };
}

export function priceCart(ids: readonly string[], courses: Record<string, CartCourse>, promo: CartPromo | null, now: number): PricedCart {
  const active = promo !== null && stateAt(promo, now) === "active";
  const lines = ids.flatMap((id) => {
    const course = courses[id];
    if (!course) return [];
    const discount = active && discounts(promo, course) ? course.price - promoPrice(course.price, promo.discount) : 0;
    return [{ id, course, discount, total: course.price - discount }];
  });
  const sum = (pick: (line: CartLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
  const discount = sum((l) => l.discount);
  return { lines, subtotal: sum((l) => l.course.price), discount, total: sum((l) => l.total), code: discount > 0 ? promo!.code : null };
}

/** The checkout hand-off: the payment page with the program ids and the promo code. */
export function checkoutHref(base: string, ids: readonly string[], code: string | null): string {
  const url = new URL(base);
  url.searchParams.set("program", ids.join(","));
  if (code) url.searchParams.set("kode", code);
  return url.href;
}

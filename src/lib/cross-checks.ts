/**
 * Rules that join two data files: each file can be valid alone and the pair
 * still wrong. They apply to promos that have not ended at the instant the
 * site is rendered for: an ended promo shows no price, so a later price
 * change never breaks the build because of last year's promo.
 */
import { rupiah } from "./money.ts";
import type { Catalog, Course } from "./courses.ts";
import { discounts } from "./discount.ts";
import { stateAt } from "./promo-state.ts";
import type { Promo } from "./promos.ts";
import type { Problem } from "./validation.ts";

export const PROMOS_FILE = "_data/promos.yaml";

/** What the rules read of a catalog: its series and each program's price. */
export interface Prices {
  series: Catalog["series"];
  programs: readonly Pick<Course, "id" | "series" | "price">[];
}

export function promoCatalogProblems(promos: readonly Promo[], catalog: Prices, now: number): Problem[] {
  const problems: Problem[] = [];
  promos.forEach((promo, i) => {
    if (stateAt(promo, now) === "ended") return;
    const item = `promo "${promo.id}" (#${i + 1})`;
    const programs = catalog.programs.filter((p) => discounts(promo, p));
    if (programs.length === 0) {
      problems.push({
        item,
        field: "series",
        value: promo.series,
        expected: `a series that programs of _data/courses.yaml have: ${catalog.series.join(", ")}`,
      });
      return;
    }
    // A discount at or above a price would show "Harga promo Rp0" on that program.
    for (const program of programs.filter((p) => promo.discount >= p.price)) {
      problems.push({
        item,
        field: "discount",
        value: promo.discount,
        expected: `less than the price of every program it discounts; program "${program.id}" in _data/courses.yaml costs ${program.price} (${rupiah(program.price)})`,
      });
    }
  });
  return problems;
}

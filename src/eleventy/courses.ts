/**
 * `_data/courses.yaml` → the `catalog` global, and the filters that join it
 * with the promo: which programs a promo discounts and at what price.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { promoPrice } from "../lib/cart.ts";
import { emptySelection, facetCounts, type Group } from "../lib/catalog-filter.ts";
import { coursesFileSchema } from "../lib/course-schema.ts";
import { rupiah } from "../lib/money.ts";
import { resolveCatalog, type Catalog, type Course } from "../lib/courses.ts";
import type { PromoView } from "../lib/promos.ts";
import { listItem, parseOrFail } from "../lib/validation.ts";


export const loadCourses = (raw: unknown, file: string): Catalog => resolveCatalog(parseOrFail(coursesFileSchema, raw, file, listItem(raw, "courses", "program")), file);

/** The programs a promo discounts (the data load checks that a promo that has not ended has some). */
export function discounted(catalog: Catalog, promo: PromoView | null): Course[] {
  return promo ? catalog.programs.filter((c) => c.series === promo.series) : [];
}

/** What the cart page needs to price a cart at the visitor's time: current prices, the promo, checkout. */
export function cartData(catalog: Catalog, promo: PromoView | null) {
  const eligible = discounted(catalog, promo).length && promo!.state !== "ended";
  return {
    courses: Object.fromEntries(catalog.programs.map((c) => [c.id, { title: c.title, price: c.price, series: c.series, url: c.url }])),
    promo: eligible
      ? { startsAt: promo!.startsAt, endsAt: promo!.endsAt, discount: promo!.discount, series: promo!.series, code: promo!.code }
      : null,
    checkoutUrl: catalog.checkoutUrl,
  };
}

export default function coursesPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("discounted", discounted);
  // A filter page's counts are those the filter bundle shows for its selection.
  eleventyConfig.addFilter("facetCounts", (programs: Course[], filter?: { group: Group; value: { slug: string } }) =>
    facetCounts(programs.map((p) => p.facets), filter ? { ...emptySelection(), [filter.group]: [filter.value.slug] } : emptySelection()),
  );
  eleventyConfig.addFilter("promoPrice", promoPrice);
  eleventyConfig.addFilter("rupiah", rupiah);
  eleventyConfig.addFilter("cartData", cartData);
}

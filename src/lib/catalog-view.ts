/**
 * What a catalog page shows, as ready fields: each filter value's link,
 * count and selected state, the result count, and which cards show. The
 * page for /kelas/ has no filter; each pre-rendered filter page has one.
 * Pure; the counts are the ones the filter bundle computes in the browser.
 */
import { emptySelection, facetCounts, toQuery, type Group } from "./catalog-filter.ts";
import type { Catalog } from "./courses.ts";
import { filterUrl } from "./urls.ts";
import { FEATURED, isLive, type PricedCourse } from "./promo-view.ts";
import type { PromoAtInstant } from "./promos.ts";
import type { OrderWords } from "./whatsapp.ts";

export interface FilterLink {
  name: string;
  slug: string;
  url: string;
  count: number;
  /** This page is this value's page. */
  current: boolean;
}

export interface CatalogView {
  groups: { group: Group; label: string; values: FilterLink[] }[];
  /** "4 program" */
  resultText: string;
  /** The same with the count to fill in, for the filter bundle: "{count} program". */
  resultTemplate: string;
  /** The "nothing matches" note is hidden while something shows. */
  emptyHidden: boolean;
  /** The selection as the filter bundle reads it: "level=pemula", or "". */
  selection: string;
  cards: { program: PricedCourse; hidden: boolean }[];
}

const RESULT_TEMPLATE = "{count} program";

export function catalogView(catalog: Catalog, programs: readonly PricedCourse[], filter?: { group: Group; slug: string }): CatalogView {
  const selection = filter ? { ...emptySelection(), [filter.group]: [filter.slug] } : emptySelection();
  const counts = facetCounts(
    programs.map((p) => p.facets),
    selection,
  );
  const cards = programs.map((program) => ({
    program,
    hidden: filter !== undefined && !program.facets[filter.group].includes(filter.slug),
  }));
  const shown = cards.filter((c) => !c.hidden).length;
  return {
    groups: catalog.filters.map(({ group, label, values }) => ({
      group,
      label,
      values: values.map(({ name, slug }) => ({
        name,
        slug,
        url: filterUrl(group, slug),
        count: counts[group][slug] ?? 0,
        current: filter?.group === group && filter.slug === slug,
      })),
    })),
    resultText: RESULT_TEMPLATE.replace("{count}", String(shown)),
    resultTemplate: RESULT_TEMPLATE,
    emptyHidden: shown > 0,
    selection: toQuery(selection).slice(1),
    cards,
  };
}

/** "Pesan via WhatsApp": the number, and the name the message greets. */
export interface CartWhatsapp {
  number: string;
  words: OrderWords;
}

/** What the cart page needs to price a cart at the visitor's time: current prices, the live promo, checkout. */
export function cartData(catalog: Catalog, promo: PromoAtInstant | null, whatsapp: CartWhatsapp | null = null) {
  // The data load has checked that a live promo's series has programs.
  const live = isLive(promo);
  return {
    courses: Object.fromEntries(catalog.programs.map((c) => [c.id, { title: c.title, price: c.price, series: c.series, url: c.url }])),
    promo: live
      ? { startsAt: promo.startsAt, endsAt: promo.endsAt, discount: promo.discount, series: promo.series, code: promo.code }
      : null,
    checkoutUrl: catalog.checkoutUrl,
    whatsapp,
  };
}

/** The catalog as pages use it: priced programs, the view of /kelas/, each filter page with its view, the cart's data. */
export interface CatalogPages extends Omit<Catalog, "programs" | "filterPages"> {
  programs: PricedCourse[];
  /** The home page's programs when no promo is live. */
  featured: PricedCourse[];
  /** A link to each category's page, for the footer. */
  categories: FilterLink[];
  view: CatalogView;
  filterPages: (Catalog["filterPages"][number] & { view: CatalogView })[];
  cart: ReturnType<typeof cartData>;
}

export function catalogPages(
  catalog: Catalog,
  programs: PricedCourse[],
  promo: PromoAtInstant | null,
  whatsapp: CartWhatsapp | null = null,
): CatalogPages {
  const view = catalogView(catalog, programs);
  return {
    ...catalog,
    programs,
    featured: programs.slice(0, FEATURED),
    categories: view.groups.find((g) => g.group === "kategori")?.values ?? [],
    cart: cartData(catalog, promo, whatsapp),
    view,
    filterPages: catalog.filterPages.map((page) => ({
      ...page,
      view: catalogView(catalog, programs, { group: page.group, slug: page.value.slug }),
    })),
  };
}

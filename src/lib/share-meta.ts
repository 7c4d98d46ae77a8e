/**
 * What a shared link to a page says: its title, description and preview
 * card, by kind of page and by the promo's state when the page is built.
 * The home page sells a live promo; once it has ended, it shares as the
 * site, without a discount. Pure: the data in, the texts out.
 */
import type { PricedCourse, PromoView } from "./promo-view.ts";
import type { ShareCard } from "./share-card.ts";

export interface SharePage {
  url: string;
  title?: string;
  description?: string;
  /** The article's date as readers see it, for articles. */
  articleDate?: string;
  /** The article's cover, `/images/…`, if it has one. */
  cover?: string;
  program?: PricedCourse;
  promo: PromoView | null;
  site: { name: string; description: string };
}

export interface ShareMeta {
  title: string;
  description: string;
  card: ShareCard;
}

export function shareMeta(page: SharePage): ShareMeta {
  const { promo, site, program } = page;
  if (page.url === "/" && promo?.share) {
    return {
      title: promo.share.title,
      description: promo.share.description,
      card: { kind: "promo", kicker: promo.title, headline: promo.headline, discount: promo.discountLabel, when: promo.share.when },
    };
  }
  const title = page.url === "/" ? site.name : (page.title ?? site.name);
  const description = page.description ?? site.description;
  if (program) {
    const promoPrice = program.pricing.promo && !program.pricing.promo.hidden.active ? program.pricing.promo.price : null;
    return {
      title,
      description,
      card: {
        kind: "program",
        category: program.category,
        title: program.title,
        labels: program.labels.join(" · "),
        price: promoPrice ? `${promoPrice} (harga promo)` : program.pricing.normal,
      },
    };
  }
  if (page.articleDate)
    return { title, description, card: { kind: "article", title, date: page.articleDate, ...(page.cover ? { cover: page.cover } : {}) } };
  // One card for every other page: the site itself.
  return { title, description, card: { kind: "site", title: site.name, description: site.description } };
}

/**
 * JSON-LD for search engines, all of it built and typed here (schema-dts) so
 * that templates only print it: the site, articles, programs, the catalog's
 * lists, breadcrumbs and the promo's offers. What
 * Google documents as required is always present; a check on every built
 * page (tests/gates/structured-data.test.ts) holds to it.
 */
import type { BlogPosting, BreadcrumbList, Course, ItemList, Offer, Organization, Person, WebSite, WithContext } from "schema-dts";
import type { PricedCourse } from "./promo-view.ts";

export interface SiteInfo {
  name: string;
  url: string;
  language: string;
  /** The default author: the editorial team, an organization. */
  author: string;
}

const absolute = (site: Pick<SiteInfo, "url">, path: string) => new URL(path, `${site.url}/`).href;

/** The site as an organization, with its logo (drawn by the build: src/eleventy/share-images.ts). */
export function organization(site: Pick<SiteInfo, "name" | "url">): Organization {
  return { "@type": "Organization", name: site.name, url: `${site.url}/`, logo: absolute(site, "/logo.png") };
}

/** The home page's: the site itself. */
export function webSite(site: Pick<SiteInfo, "name" | "url" | "language"> & { description: string }): WithContext<WebSite> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: site.name,
    url: `${site.url}/`,
    description: site.description,
    inLanguage: site.language,
  };
}

/** Where a page sits, as its breadcrumbs show it: the last crumb is the page itself. */
export function breadcrumbList(crumbs: readonly { name: string; url: string }[], site: Pick<SiteInfo, "url">): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: absolute(site, crumb.url),
    })),
  };
}

export interface ArticleInput {
  title: string;
  description: string;
  url: string;
  published: string;
  modified: string;
  /** The article's own author, or undefined for the editorial team. */
  author?: string;
  image: string;
  keywords: string[];
}

export function blogPosting(article: ArticleInput, site: SiteInfo): WithContext<BlogPosting> {
  // One author everywhere (the page, this, both feeds): the article's own, a person, else the
  // editorial team by its name, an organization of the site (not a person).
  const author: Person | Organization =
    article.author && article.author !== site.author
      ? { "@type": "Person", name: article.author }
      : { "@type": "Organization", name: site.author, url: `${site.url}/` };
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: article.title,
    description: article.description,
    image: absolute(site, article.image),
    datePublished: article.published,
    dateModified: article.modified,
    inLanguage: site.language,
    author,
    publisher: organization(site),
    mainEntityOfPage: absolute(site, article.url),
    keywords: article.keywords.join(", "),
  };
}

const UNITS: Record<string, string> = { hari: "D", minggu: "W", bulan: "M" };
/** "12 minggu" → "P12W" (ISO 8601, as schema.org's courseWorkload wants), or null. */
export function workload(duration: string): string | null {
  const [, amount, unit] = duration.trim().match(/^(\d+)\s+(hari|minggu|bulan)$/) ?? [];
  return amount && unit ? `P${amount}${UNITS[unit]}` : null;
}

/** A program: its regular price, and the promo price while a promo is upcoming or running. */
export function course(program: PricedCourse, image: string, site: SiteInfo): WithContext<Course> {
  const url = absolute(site, program.url);
  const offers: Offer[] = [
    { "@type": "Offer", category: "Paid", price: program.price, priceCurrency: "IDR", url, availability: "https://schema.org/InStock" },
  ];
  const promo = program.pricing.promo?.offer;
  if (promo) {
    offers.push({
      "@type": "Offer",
      name: promo.name,
      category: "Paid",
      price: promo.amount,
      priceCurrency: "IDR",
      url,
      validFrom: promo.validFrom,
      validThrough: promo.validThrough,
    });
  }
  return {
    "@context": "https://schema.org",
    "@type": "Course",
    name: program.title,
    description: program.description,
    url,
    image: absolute(site, image),
    inLanguage: site.language,
    educationalLevel: program.level,
    provider: organization(site),
    offers,
    hasCourseInstance: {
      "@type": "CourseInstance",
      courseMode: "Online",
      ...(workload(program.duration) ? { courseWorkload: workload(program.duration)! } : {}),
    },
  };
}

/** The programs a catalog page lists, in order. */
export function itemList(name: string, programs: readonly PricedCourse[], site: SiteInfo): WithContext<ItemList> {
  return {
    "@context": "https://schema.org",
    "@type": "ItemList",
    name,
    numberOfItems: programs.length,
    itemListElement: programs.map((program, i) => ({
      "@type": "ListItem",
      position: i + 1,
      url: absolute(site, program.url),
      name: program.title,
    })),
  };
}

/**
 * The promo as plain schema.org: one Offer per program it discounts, the
 * discount expressed through the price it makes (schema.org has no
 * discount property), valid from the promo's start until its end.
 */
export function promoOffers(programs: readonly PricedCourse[], site: Pick<SiteInfo, "name" | "url">): WithContext<Offer>[] {
  return programs.flatMap((program) => {
    const promo = program.pricing.promo?.offer;
    if (!promo) return [];
    const url = absolute(site, program.url);
    return [
      {
        "@context": "https://schema.org",
        "@type": "Offer",
        name: `${promo.name}: ${program.title}`,
        url,
        price: promo.amount,
        priceCurrency: "IDR",
        validFrom: promo.validFrom,
        validThrough: promo.validThrough,
        itemOffered: { "@type": "Course", name: program.title, description: program.description, url, provider: organization(site) },
        seller: organization(site),
      },
    ];
  });
}

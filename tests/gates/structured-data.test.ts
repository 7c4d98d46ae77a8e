/**
 * Gate: every JSON-LD block on every page is schema.org data of a known type
 * with what Google documents as required for it, its addresses on the site.
 */
import { describe, expect, it } from "vitest";
import * as cheerio from "cheerio";
import { publicHtmlFiles, read } from "../helpers/dist.ts";
import { gateSites } from "../helpers/gate-sites.ts";

type Data = Record<string, unknown> & { "@type": string };
const named = (value: unknown) =>
  typeof value === "object" && value !== null && typeof (value as Data).name === "string" && (value as Data).name !== "";
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?[+-]\d{2}:\d{2}$/;

/** What is missing or wrong in one block, by type. */
function problems(data: Data, origin: string): string[] {
  const out: string[] = [];
  const need = (ok: boolean, what: string) => ok || out.push(`${data["@type"]}: ${what}`);
  const onSite = (url: unknown) => typeof url === "string" && url.startsWith(`${origin}/`);
  switch (data["@type"]) {
    case "BlogPosting":
      need(typeof data.headline === "string" && data.headline.length > 0 && data.headline.length <= 110, "headline of 1–110 characters");
      need(onSite(data.image), "image on the site");
      need(
        isoInstant.test(String(data.datePublished)) && isoInstant.test(String(data.dateModified)),
        "datePublished and dateModified with offsets",
      );
      need(String(data.dateModified) >= String(data.datePublished), "dateModified not before datePublished");
      need(
        named(data.author) && ["Person", "Organization"].includes((data.author as Data)["@type"]),
        "author, a named Person or Organization",
      );
      need(named(data.publisher) && onSite((data.publisher as Data).logo), "publisher with its logo");
      break;
    case "Course": {
      need(typeof data.name === "string" && typeof data.description === "string", "name and description");
      need(named(data.provider), "provider");
      need(onSite(data.image), "image on the site");
      const offers = (data.offers ?? []) as Data[];
      need(
        offers.length >= 1 && offers.every((o) => o["@type"] === "Offer" && typeof o.price === "number" && o.priceCurrency === "IDR"),
        "offers with a price in IDR",
      );
      for (const offer of offers.slice(1))
        need(
          isoInstant.test(String(offer.validFrom)) && String(offer.validFrom) < String(offer.validThrough),
          "a promo offer with validFrom before validThrough",
        );
      break;
    }
    case "ItemList": {
      const items = (data.itemListElement ?? []) as Data[];
      need(items.length === data.numberOfItems, "numberOfItems matching the list");
      need(
        items.every((item, i) => item["@type"] === "ListItem" && item.position === i + 1 && onSite(item.url)),
        "list items in order, on the site",
      );
      break;
    }
    case "BreadcrumbList": {
      const items = (data.itemListElement ?? []) as Data[];
      need(
        items.length >= 2 && items.every((item, i) => item.position === i + 1 && typeof item.name === "string" && onSite(item.item)),
        "crumbs in order, on the site",
      );
      break;
    }
    case "WebSite":
      need(typeof data.name === "string" && onSite(data.url), "name and url");
      break;
    case "Offer":
      // Plain schema.org: the discount is in the price (schema.org has no discount property).
      need(
        typeof data.price === "number" &&
          data.priceCurrency === "IDR" &&
          isoInstant.test(String(data.validFrom)) &&
          isoInstant.test(String(data.validThrough)) &&
          !("discount" in data),
        "price, priceCurrency, validFrom and validThrough, and no discount",
      );
      break;
    default:
      out.push(`unexpected type ${data["@type"]}`);
  }
  return out;
}

describe.each(await gateSites())("$name", ({ dist }) => {
  it("has only schema.org data with its required properties", async () => {
    const found: string[] = [];
    const types = new Set<string>();
    for (const file of await publicHtmlFiles(dist)) {
      const $ = cheerio.load(await read(dist, file));
      const origin = new URL($('link[rel="canonical"]').attr("href") ?? $('meta[property="og:image"]').attr("content")!).origin;
      for (const script of $('script[type="application/ld+json"]').toArray()) {
        const data = JSON.parse($(script).text()) as Data;
        types.add(data["@type"]);
        if (data["@context"] !== "https://schema.org") found.push(`${file}: @context ${String(data["@context"])}`);
        for (const problem of problems(data, origin)) found.push(`${file}: ${problem}`);
      }
    }
    console.log(`[structured-data] types: ${[...types].sort().join(", ")}`);
    expect(found).toEqual([]);
  });
});

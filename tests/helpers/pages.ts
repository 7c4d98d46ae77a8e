/**
 * One URL of each kind of page a built site has, found from its files, so a
 * gate never names an article, a tag or a program of today's content. A kind
 * the content has none of (no articles yet) is simply absent.
 */
import { files, urlOf } from "./dist.ts";

export type PageKind = "home" | "listing" | "article" | "tag" | "catalog" | "filter" | "program" | "cart" | "search" | "404";

const KINDS: [PageKind, RegExp][] = [
  ["home", /^index\.html$/],
  ["listing", /^blog\/index\.html$/],
  ["article", /^blog\/(?!page\/|tag\/)[^/]+\/index\.html$/],
  ["tag", /^blog\/tag\/[^/]+\/index\.html$/],
  ["catalog", /^kelas\/index\.html$/],
  ["filter", /^kelas\/(?:level|kategori|skill)\/[^/]+\/index\.html$/],
  ["program", /^kelas\/(?!level\/|kategori\/|skill\/)[^/]+\/index\.html$/],
  ["cart", /^keranjang\/index\.html$/],
  ["search", /^cari\/index\.html$/],
  ["404", /^404\.html$/],
];

/** Kind → the first file of that kind, in path order. */
export async function pageFiles(dist: string): Promise<Partial<Record<PageKind, string>>> {
  const all = await files(dist);
  const found: Partial<Record<PageKind, string>> = {};
  for (const [kind, pattern] of KINDS) {
    const file = all.find((f) => pattern.test(f));
    if (file) found[kind] = file;
  }
  return found;
}

/** Kind → the path a visitor opens; the 404 page through an address that does not exist. */
export async function pageUrls(dist: string): Promise<[PageKind, string][]> {
  return Object.entries(await pageFiles(dist)).map(([kind, file]) => [kind as PageKind, kind === "404" ? "/tidak-ada/" : urlOf(file)]);
}

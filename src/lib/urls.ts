/**
 * The site's addresses, written once. Collections, permalinks and templates
 * (global data `urls`), the browser code and the CMS config all build them
 * here. Pure: no Eleventy, no DOM.
 */
export const URLS = {
  home: "/",
  blog: "/blog/",
  catalog: "/kelas/",
  cart: "/keranjang/",
  search: "/cari/",
} as const;

/** An article, by its file name. */
export const postUrl = (fileSlug: string) => `${URLS.blog}${fileSlug}/`;
/** A page of the article listing, counted from 0. */
export const blogPageUrl = (pageNumber: number) => (pageNumber > 0 ? `${URLS.blog}page/${pageNumber + 1}/` : URLS.blog);
/** The articles of one tag, by the tag's slug. */
export const tagUrl = (tagSlug: string) => `${URLS.blog}tag/${tagSlug}/`;
/** A program's page, by its id. */
export const programUrl = (id: string) => `${URLS.catalog}${id}/`;
/** The pre-rendered catalog page of one filter value. */
export const filterUrl = (group: string, valueSlug: string) => `${URLS.catalog}${group}/${valueSlug}/`;

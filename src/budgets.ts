import { gzipSync } from "node:zlib";

/** Gzipped size at zlib's default level, as a CDN compresses on the fly. */
export const gzipSize = (data: Uint8Array | string) => gzipSync(data).length;

/** What the home page or an article needs to render (HTML, CSS, JS), gzipped: about one round trip. */
export const PAGE_BUDGET = 14 * 1024;

/**
 * Size budgets, in gzipped bytes. The build prints each bundle against its
 * budget; tests/build/budgets.test.ts fails when one is exceeded.
 */
export const BUNDLE_BUDGETS: Record<string, number> = {
  "countdown.js": 1024,
  "article.js": 2048,
  "cart-badge.js": 3072,
  "cart-page.js": 3072,
  "catalog-filter.js": 3072,
  "site.css": 3072,
  "article.css": 4096,
  "catalog.css": 4096,
  "home.css": 4608,
  "search.css": 3584,
  // Before the first query; Pagefind's own script and index load with it.
  "search.js": 2048,
};

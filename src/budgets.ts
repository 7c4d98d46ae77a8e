/**
 * Size budgets, in gzipped bytes. The build prints each bundle against its
 * budget; tests/build/budgets.test.ts fails when one is exceeded.
 */
export const BUNDLE_BUDGETS: Record<string, number> = {
  "countdown.js": 1024,
  "share.js": 1024,
  "site.css": 4096,
};

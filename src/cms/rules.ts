/**
 * The build's rules that join an entry to the rest of the site, applied by
 * the editor before it saves (src/cms/admin.ts, Decap's preSave): the same
 * code from src/lib/, so a refused save says what the build would say.
 * - promos: end after start, no overlap, unique id and code (promos.ts);
 *   each discount below every price of its series (cross-checks.ts);
 * - catalog: its own rules, and the promos' discounts against the new prices;
 * - articles: `updated` not before `date` (post-dates.ts).
 *
 * Prices and promos beside the entry are the DEPLOYED ones (/admin/published.json,
 * written by each build): Decap gives a save hook the entry alone, and each
 * entry is its own branch; the deployed catalog is the one the promo will
 * meet on merging. The pull request's check runs the same rules on the
 * repository's state, and has the last word.
 */
import { loadCourses } from "../data/load-courses.ts";
import { PROMOS_FILE, promoCatalogProblems, type Prices } from "../lib/cross-checks.ts";
import { updatedProblem } from "../lib/post-dates.ts";
import { promosFileSchema } from "../lib/promo-schema.ts";
import { resolvePromos, type Promo } from "../lib/promos.ts";
import { DataError, fail, listItem, parseOrFail } from "../lib/validation.ts";

export const PUBLISHED_PATH = "/admin/published.json";
export const COURSES_FILE = "_data/courses.yaml";

/** What a save is checked against: the deployed promos and the prices of the deployed catalog. */
export interface Published {
  promos: Promo[];
  catalog: Prices;
}

export function published(promos: readonly Promo[], catalog: Prices): Published {
  return {
    promos: [...promos],
    catalog: { series: catalog.series, programs: catalog.programs.map(({ id, series, price }) => ({ id, series, price })) },
  };
}

export interface Entry {
  /** Decap's collection name (src/cms/config.ts). */
  collection: string;
  /** The file the entry is saved to, as the build names it. */
  path: string;
  data: Record<string, unknown>;
}

/** The build's message for what is wrong with saving `entry` at `now`, or null. */
export function saveProblem(entry: Entry, site: Published, now: number, zone: string): string | null {
  try {
    check(entry, site, now, zone);
    return null;
  } catch (error) {
    if (error instanceof DataError) return error.message;
    throw error;
  }
}

function check({ collection, path, data }: Entry, site: Published, now: number, zone: string): void {
  if (collection === "promos") {
    const input = parseOrFail(promosFileSchema, data, path, listItem(data, "promos", "promo"));
    const promos = resolvePromos(input.promos, zone, path);
    // The catalog's rule takes the catalog as it is deployed.
    const problems = promoCatalogProblems(promos, site.catalog, now);
    if (problems.length) fail(path, problems);
  } else if (collection === "catalog") {
    const catalog = loadCourses(data, path);
    const problems = promoCatalogProblems(site.promos, catalog, now);
    if (problems.length) fail(PROMOS_FILE, problems);
  } else if (collection === "posts" && data.updated !== undefined && data.updated !== null && data.updated !== "") {
    const problem = updatedProblem(data.updated, data.date, zone);
    if (problem) fail(path, [problem]);
  }
}

/**
 * `_data/*.yaml`, loaded as one: every file is parsed strictly and checked
 * by its loader, then the rules that join files are checked, so a typo or a
 * wrong pair of values fails the build instead of silently emptying a page.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { parse, YAMLError } from "yaml";
import { promoCatalogProblems } from "../lib/cross-checks.ts";
import { catalogPages, type CatalogPages } from "../lib/catalog-view.ts";
import type { Catalog, Course } from "../lib/courses.ts";
import { pricedCourses, promoView, type PromoView } from "../lib/promo-view.ts";
import { siteSchema, type Site } from "../lib/site-schema.ts";
import { askMessage, contactView, orderWords, whatsappHref, type ContactView } from "../lib/whatsapp.ts";
import { blogPageUrl, postUrl, programUrl, tagUrl, URLS } from "../lib/urls.ts";
import { DataError, fail, parseOrFail } from "../lib/validation.ts";
import { loadCourses } from "../data/load-courses.ts";
import { loadPromos, renderInstant, type PromosData } from "../data/load-promos.ts";

/** Turns a data file's parsed YAML into the validated global data. */
export type Loader = (raw: unknown, file: string) => unknown;

export const loadSite: Loader = (raw, file) => parseOrFail(siteSchema, raw, file);

export function parseYaml(contents: string, filePath: string): unknown {
  try {
    return parse(contents, { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLError) throw new DataError(`${relative(process.cwd(), filePath)}: not valid YAML: ${error.message}`);
    throw error;
  }
}

/** A parser that runs each file through its loader, by file name. */
export function dataFileParser(loaders: Record<string, Loader>) {
  return (contents: string, filePath: string): unknown => {
    const file = relative(process.cwd(), filePath);
    const loader = loaders[basename(filePath)];
    if (!loader) throw new DataError(`${file}: unknown data file; expected one of ${Object.keys(loaders).join(", ")}`);
    return loader(parseYaml(contents, filePath), file);
  };
}

/** The global data every template sees: each file's, and the views built from them. */
export interface SiteData {
  site: Site;
  promos: PromosData;
  courses: CatalogPages;
  /** The current promo as pages show it, or null. */
  promo: PromoView | null;
  /** The footer's contact, or null. */
  contact: ContactView | null;
}

const FILES = ["site.yaml", "promos.yaml", "courses.yaml"] as const;

/** Reads and checks the data folder, rendering promos at PROMO_NOW or the real clock. */
export function loadSiteData(dataDir: string, env: NodeJS.ProcessEnv = process.env): SiteData {
  const path = (name: string) => join(dataDir, name);
  const shown = (name: string) => relative(process.cwd(), path(name));
  const unknown = readdirSync(dataDir).filter((name) => !name.startsWith(".") && !(FILES as readonly string[]).includes(name));
  if (unknown.length) throw new DataError(`${shown(unknown[0]!)}: unknown data file; expected only ${FILES.join(", ")}`);
  const raw = (name: (typeof FILES)[number]) => {
    let text: string;
    try {
      text = readFileSync(path(name), "utf8");
    } catch {
      throw new DataError(`${shown(name)}: missing; the site needs this file`);
    }
    return parseYaml(text, path(name));
  };

  const site = loadSite(raw("site.yaml"), shown("site.yaml")) as Site;
  const now = renderInstant(env.PROMO_NOW, site.timeZone);
  const promos = loadPromos(raw("promos.yaml"), shown("promos.yaml"), site.timeZone, now);
  const courses = loadCourses(raw("courses.yaml"), shown("courses.yaml")) as Catalog;
  const problems = promoCatalogProblems(promos.all, courses, now);
  if (problems.length) fail(shown("promos.yaml"), problems);
  const number = site.contact?.whatsapp;
  const ask = (program: Course) =>
    number ? whatsappHref(number, askMessage(site.name, { title: program.title, url: `${site.url}${program.url}` })) : null;
  const programs = pricedCourses(courses.programs, promos.current, ask);
  const atEnd = { promo: promos.atEnd, programs: pricedCourses(courses.programs, promos.atEnd, ask) };
  const cartWhatsapp = number ? { number, words: orderWords(site.name) } : null;
  return {
    site,
    promos,
    courses: catalogPages(courses, programs, promos.current, cartWhatsapp),
    promo: promoView(promos.current, programs, site, atEnd),
    contact: contactView(site),
  };
}

/** The validated site settings alone, for scripts outside a build (tests/check.ts). */
export function readSite(dataDir: string): Site {
  const path = join(dataDir, "site.yaml");
  return dataFileParser({ "site.yaml": loadSite })(readFileSync(path, "utf8"), path) as Site;
}

/**
 * The data of the build under way, read once per build on first use and
 * again for the next (dataPlugin): every plugin asks it for the settings,
 * so an edit to site.yaml under `npm start` reaches all of them at once.
 */
export class BuildData {
  readonly dataDir: string;
  #loaded: SiteData | undefined;
  constructor(dataDir: string) {
    this.dataDir = dataDir;
  }
  get(): SiteData {
    if (!this.#loaded) {
      this.#loaded = loadSiteData(this.dataDir);
      const { current, renderedAt } = this.#loaded.promos;
      console.log(
        `[promo] ${current ? `"${current.id}" is ${current.state}` : "no promo"} at ${renderedAt}${process.env.PROMO_NOW ? " (PROMO_NOW)" : ""}`,
      );
    }
    return this.#loaded;
  }
  /** site.yaml's settings, as plugins take them. */
  readonly site = (): Site => this.get().site;
  forget(): void {
    this.#loaded = undefined;
  }
}

export default function dataPlugin(eleventyConfig: UserConfig, { data }: { data: BuildData }): void {
  eleventyConfig.on("eleventy.before", () => data.forget());
  for (const key of ["site", "promos", "courses", "promo", "contact"] as const) eleventyConfig.addGlobalData(key, () => data.get()[key]);
  // The site's addresses (src/lib/urls.ts): the fixed ones, and the builders templates print with.
  eleventyConfig.addGlobalData("urls", { ...URLS, post: postUrl, blogPage: blogPageUrl, tag: tagUrl, program: programUrl });
  eleventyConfig.addWatchTarget(`${data.dataDir}/*.yaml`);
  // Directory data in TypeScript (`posts.11tydata.ts`), imported by Node
  // itself (type stripping). Eleventy asks once per template; one import
  // per file spares thousands of trips through the module resolver.
  const modules = new Map<string, Promise<unknown>>();
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: (path: string) => {
      if (!modules.has(path))
        modules.set(
          path,
          import(pathToFileURL(path).href).then((module: { default: unknown }) => module.default),
        );
      return modules.get(path);
    },
  });
}

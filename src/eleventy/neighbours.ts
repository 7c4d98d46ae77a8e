/**
 * Previous and next article without a search per page. Eleventy's built-in
 * getPreviousCollectionItem / getNextCollectionItem scan the collection from
 * its start for every article, which is quadratic: about 0.3 s at 4,000
 * articles, 7 s at 20,000. These give the same answer from an index built
 * once per collection array (Eleventy makes new arrays for every build).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";

export interface PageRef {
  inputPath: string;
  outputPath?: string | false;
  url?: string | false;
}

interface Indexed {
  length: number;
  positions: Map<string, number[]>;
}

const indexes = new WeakMap<readonly PageRef[], Indexed>();

/** The position of `page` in `collection`, matched as Eleventy does: same input and same output or URL. */
export function positionOf(collection: readonly PageRef[], page: PageRef): number | undefined {
  let indexed = indexes.get(collection);
  if (!indexed || indexed.length !== collection.length) {
    const positions = new Map<string, number[]>();
    collection.forEach((item, i) => {
      const list = positions.get(item.inputPath);
      if (list) list.push(i);
      else positions.set(item.inputPath, [i]);
    });
    indexed = { length: collection.length, positions };
    indexes.set(collection, indexed);
  }
  return indexed.positions
    .get(page.inputPath)
    ?.find((i) => collection[i]?.inputPath === page.inputPath && (collection[i]?.outputPath === page.outputPath || collection[i]?.url === page.url));
}

type CollectionFilter = (this: { page?: PageRef & { lang?: string } }, collection: unknown, pageOverride?: PageRef, langCode?: string) => unknown;

export default function neighboursPlugin(eleventyConfig: UserConfig): void {
  for (const [name, offset] of [["getPreviousCollectionItem", -1], ["getNextCollectionItem", 1]] as const) {
    const builtIn = eleventyConfig.getFilter(name) as CollectionFilter;
    eleventyConfig.addFilter(name, function (this: ThisParameterType<CollectionFilter>, collection: unknown, pageOverride?: PageRef, langCode?: string) {
      const page = pageOverride || this.page;
      // Translated pages (the i18n plugin) and unusual input keep Eleventy's own lookup.
      if (langCode || this.page?.lang || !page || !Array.isArray(collection)) return builtIn.call(this, collection, pageOverride, langCode);
      const position = positionOf(collection, page);
      return position === undefined ? undefined : collection[position + offset];
    });
  }
}

/**
 * Previous and next article without a search per page, under names of their
 * own: `previousInCollection` / `nextInCollection`. Eleventy's
 * getPreviousCollectionItem / getNextCollectionItem scan the collection from
 * its start for every article, which is quadratic (BENCHMARKS.md,
 * "Previous/next article"). These give the same answer from an index built once per
 * collection array (Eleventy makes new arrays for every build).
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
    ?.find(
      (i) =>
        collection[i]?.inputPath === page.inputPath && (collection[i]?.outputPath === page.outputPath || collection[i]?.url === page.url),
    );
}

export default function neighboursPlugin(eleventyConfig: UserConfig): void {
  for (const [name, offset] of [
    ["previousInCollection", -1],
    ["nextInCollection", 1],
  ] as const) {
    eleventyConfig.addFilter(name, function (this: { page?: PageRef }, collection: readonly PageRef[], pageOverride?: PageRef) {
      const page = pageOverride ?? this.page;
      const position = page ? positionOf(collection, page) : undefined;
      return position === undefined ? undefined : collection[position + offset];
    });
  }
}

/**
 * The indexed previous/next filters give exactly the answer of Eleventy's
 * getPreviousCollectionItem / getNextCollectionItem, whose linear scan is
 * written out here (first item with the same input and the same output or URL).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { describe, expect, it } from "vitest";
import neighboursPlugin, { type PageRef } from "../../src/eleventy/neighbours.ts";

type Filter = (this: { page?: PageRef }, collection: unknown, page?: PageRef) => unknown;

/** Eleventy's rule, written out as its GetCollectionItemIndex does it. */
const scan = (collection: readonly PageRef[], page: PageRef) =>
  collection.findIndex((item) => item.inputPath === page.inputPath && (item.outputPath === page.outputPath || item.url === page.url));

const builtIns: Record<string, Filter> = {
  getPreviousCollectionItem(collection, page) {
    const i = scan(collection as PageRef[], (page ?? this.page) as PageRef);
    return i < 0 ? undefined : (collection as PageRef[])[i - 1];
  },
  getNextCollectionItem(collection, page) {
    const i = scan(collection as PageRef[], (page ?? this.page) as PageRef);
    return i < 0 ? undefined : (collection as PageRef[])[i + 1];
  },
};

function filters(): Record<string, Filter> {
  const added: Record<string, Filter> = {};
  const config = { addFilter: (name: string, fn: Filter) => void (added[name] = fn) } as unknown as UserConfig;
  neighboursPlugin(config);
  return added;
}

const page = (input: number, output: number, url = `/p${input}-${output}/`): PageRef => ({
  inputPath: `./src/posts/p${input}.md`,
  outputPath: `dist/p${input}-${output}/index.html`,
  url,
});

describe("previous and next collection item", () => {
  const { previousInCollection: previous, nextInCollection: next } = filters();

  it("matches Eleventy's scan on collections with paginated and repeated inputs", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 200; trial++) {
      const collection = Array.from({ length: 1 + Math.floor(rnd() * 20) }, () => page(Math.floor(rnd() * 6), Math.floor(rnd() * 3)));
      for (let probe = 0; probe < 10; probe++) {
        const me =
          rnd() < 0.2 ? { ...page(Math.floor(rnd() * 6), 9), url: collection[0]?.url } : page(Math.floor(rnd() * 7), Math.floor(rnd() * 3));
        for (const [ours, theirs] of [
          [previous, builtIns.getPreviousCollectionItem],
          [next, builtIns.getNextCollectionItem],
        ] as const) {
          expect(ours?.call({ page: me }, collection)).toBe(theirs?.call({ page: me }, collection));
          expect(ours?.call({}, collection, me)).toBe(theirs?.call({}, collection, me));
        }
      }
    }
  });

  it("reindexes a collection that changed length and answers each new array afresh", () => {
    const a = page(1, 0);
    const b = page(2, 0);
    const c = page(3, 0);
    const collection = [a, b];
    expect(next?.call({ page: b }, collection)).toBeUndefined();
    collection.push(c);
    expect(next?.call({ page: b }, collection)).toBe(c);
    expect(previous?.call({ page: a }, [c, a])).toBe(c);
  });
});

/**
 * The benchmark's own checks, fast: its articles are valid for the site, and
 * the linear "Baca Juga" index answers exactly as the straightforward
 * quadratic count it replaced, on random collections full of ties; the
 * install's size counts a hard-linked file once, as du does.
 */
import { link, lstat, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { postSchema } from "../../src/lib/post-schema.ts";
import { relatedIndex, type RelatableItem } from "../../src/lib/related.ts";
import { SCRATCH } from "../helpers/site.ts";
import { article, random, TAG_POOL } from "./articles.ts";
import { sizeOf } from "./install.ts";

/** Every post against every post sharing a tag, then sorted: the reference. */
function naiveRelated<T extends RelatableItem>(items: readonly T[], limit = 3): Map<string, T[]> {
  const result = new Map<string, T[]>();
  for (const item of items) {
    const mine = new Set(item.tags);
    const ranked = items
      .filter((other) => other !== item)
      .map((other) => ({ other, shared: [...new Set(other.tags)].filter((t) => mine.has(t)).length }))
      .filter(({ shared }) => shared > 0)
      .sort((a, b) => b.shared - a.shared || b.other.time - a.other.time || a.other.url.localeCompare(b.other.url));
    result.set(
      item.url,
      ranked.slice(0, limit).map(({ other }) => other),
    );
  }
  return result;
}

describe("synthetic articles", () => {
  it("pass the site's article schema and are the same on every run", () => {
    for (const index of [1, 2, 999, 20000]) {
      const { text } = article(index);
      const frontMatter = parse(text.split("---\n")[1] ?? "") as Record<string, unknown>;
      expect(postSchema.safeParse(frontMatter).success, text).toBe(true);
      expect((frontMatter.tags as string[]).every((t) => TAG_POOL.includes(t))).toBe(true);
      expect(article(index).text).toBe(text);
    }
  });
});

describe("relatedIndex against the quadratic reference", () => {
  it("gives the same posts in the same order", () => {
    const rnd = random(6);
    for (let trial = 0; trial < 400; trial++) {
      const pool = 1 + Math.floor(rnd() * 10);
      const maxTags = 1 + Math.floor(rnd() * 11); // beyond 8 tags the index counts directly
      const items = Array.from({ length: 1 + Math.floor(rnd() * 30) }, (_, i) => ({
        url: `/p${Math.floor(rnd() * 50)}-${i}/`,
        tags: Array.from({ length: Math.floor(rnd() * (maxTags + 1)) }, () => `t${Math.floor(rnd() * pool)}`),
        time: Math.floor(rnd() * 4), // many ties
      }));
      const limit = 1 + Math.floor(rnd() * 4);
      const expected = naiveRelated(items, limit);
      const actual = relatedIndex(items, limit);
      for (const item of items)
        expect(
          actual.get(item.url)?.map((p) => p.url),
          JSON.stringify({ items, limit, item }),
        ).toEqual(expected.get(item.url)?.map((p) => p.url));
    }
  });
});

describe("the install's size", () => {
  it("counts a hard-linked file once, where it is met first", async () => {
    const dir = await mkdtemp(join(SCRATCH, "size-"));
    try {
      await mkdir(join(dir, "a"));
      await mkdir(join(dir, "b"));
      await writeFile(join(dir, "a/binary"), Buffer.alloc(5000));
      await link(join(dir, "a/binary"), join(dir, "b/binary"));
      await writeFile(join(dir, "b/own"), Buffer.alloc(300));
      const seen = new Set<string>();
      const a = await sizeOf(join(dir, "a"), seen);
      const b = await sizeOf(join(dir, "b"), seen);
      expect(a).toBeGreaterThanOrEqual(5000);
      expect(b).toBeLessThan(5000);
      expect(b).toBeGreaterThanOrEqual(300);
      expect(await sizeOf(dir)).toBe((await lstat(dir)).size + a + b);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

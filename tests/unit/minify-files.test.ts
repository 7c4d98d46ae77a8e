/**
 * The worker-thread minifier rewrites files to exactly what
 * html-minifier-terser gives on the main thread, and names a file it cannot parse.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { minify } from "html-minifier-terser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HTML_MINIFY_OPTIONS } from "../../src/eleventy/minify.ts";
import { MinifyFileError, pruneMinifyCache, startFileMinifier } from "../../src/build/minify-files.ts";

let dir: string;
beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), "minify-"))));
afterEach(() => rm(dir, { recursive: true, force: true }));

const page = (i: number) =>
  `<!DOCTYPE html>\n<html lang="id">\n  <head><title>Halaman ${i}</title></head>\n  <body>\n    <!-- komentar -->\n    <p class="">Isi   ${i}</p>\n  </body>\n</html>\n`;

describe("startFileMinifier", () => {
  it("minifies every file in place, as the library does, across workers", async () => {
    const paths = Array.from({ length: 7 }, (_, i) => join(dir, `p${i}.html`));
    await Promise.all(paths.map((p, i) => writeFile(p, page(i))));
    const files = startFileMinifier(HTML_MINIFY_OPTIONS, 3);
    try {
      await files.minify(paths);
    } finally {
      await files.close();
    }
    for (const [i, p] of paths.entries()) {
      const text = await readFile(p, "utf8");
      expect(text).toBe(await minify(page(i), HTML_MINIFY_OPTIONS));
      expect(text).toContain(`<p class="">Isi ${i}</p>`);
      expect(text).not.toContain("komentar");
    }
  });

  it("with a cache, minifies a page once per content: a later build writes the kept text back, a changed page is minified afresh", async () => {
    const cache = join(dir, "cache");
    const [a, b] = [join(dir, "a.html"), join(dir, "b.html")];
    const run = async () => {
      const files = startFileMinifier(HTML_MINIFY_OPTIONS, 2, cache);
      try {
        await files.minify([a, b]);
      } finally {
        await files.close();
      }
    };
    await writeFile(a, page(1));
    await writeFile(b, page(2));
    await run();
    const first = await readFile(a, "utf8");
    expect(first).toBe(await minify(page(1), HTML_MINIFY_OPTIONS));
    const kept = await readdir(cache);
    expect(kept).toHaveLength(2);
    // Mark what the cache holds, to see which pages come from it.
    for (const name of kept) await writeFile(join(cache, name), `${await readFile(join(cache, name), "utf8")}<!--kept-->`);
    await writeFile(a, page(1));
    await writeFile(b, page(3));
    await run();
    expect(await readFile(a, "utf8")).toBe(`${first}<!--kept-->`);
    expect(await readFile(b, "utf8")).toBe(await minify(page(3), HTML_MINIFY_OPTIONS));
    expect(await readdir(cache)).toHaveLength(3);
  });

  it("prunes cached pages no build has used for two weeks", async () => {
    const cache = join(dir, "cache");
    await mkdir(cache);
    await writeFile(join(cache, "old"), "x");
    await writeFile(join(cache, "recent"), "y");
    const monthAgo = new Date(Date.now() - 30 * 86_400_000);
    await utimes(join(cache, "old"), monthAgo, monthAgo);
    await pruneMinifyCache(cache);
    expect(await readdir(cache)).toEqual(["recent"]);
  });

  it("rejects with the file and the parser's reason", async () => {
    const good = join(dir, "baik.html");
    const bad = join(dir, "rusak.html");
    await writeFile(good, page(1));
    await writeFile(bad, "<div>a < b</div>");
    const files = startFileMinifier(HTML_MINIFY_OPTIONS, 1);
    const error = await files.minify([good, bad]).then(
      () => null,
      (e: unknown) => e,
    );
    await files.close();
    expect(error).toBeInstanceOf(MinifyFileError);
    expect((error as MinifyFileError).path).toBe(bad);
    expect((error as MinifyFileError).reason).toMatch(/^Parse Error: < b<\/div>/);
  });

  it("serves batch after batch, a failed one included, with the same workers", async () => {
    const paths = Array.from({ length: 3 }, (_, i) => join(dir, `p${i}.html`));
    const bad = join(dir, "rusak.html");
    await writeFile(bad, "<div>a < b</div>");
    const files = startFileMinifier(HTML_MINIFY_OPTIONS, 2);
    try {
      for (const [i, path] of paths.entries()) {
        await writeFile(path, page(i));
        await files.minify([path]);
        expect(await readFile(path, "utf8")).toBe(await minify(page(i), HTML_MINIFY_OPTIONS));
        if (i === 0) await expect(files.minify([bad])).rejects.toBeInstanceOf(MinifyFileError);
      }
    } finally {
      await files.close();
    }
  });

  it("fails a batch given to a worker that has stopped, instead of waiting for it", async () => {
    const path = join(dir, "p.html");
    await writeFile(path, page(1));
    const files = startFileMinifier(HTML_MINIFY_OPTIONS, 1);
    await files.close();
    await expect(files.minify([path])).rejects.toThrow(/the HTML minifier stopped/);
  });
});

/**
 * The worker-thread minifier rewrites files to exactly what
 * html-minifier-terser gives on the main thread, and names a file it cannot parse.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { minify } from "html-minifier-terser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HTML_MINIFY_OPTIONS } from "../../src/eleventy/minify.ts";
import { MinifyFileError, startFileMinifier } from "../../src/eleventy/minify-files.ts";

let dir: string;
beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), "minify-"))));
afterEach(() => rm(dir, { recursive: true, force: true }));

const page = (i: number) => `<!DOCTYPE html>\n<html lang="id">\n  <head><title>Halaman ${i}</title></head>\n  <body>\n    <!-- komentar -->\n    <p class="">Isi   ${i}</p>\n  </body>\n</html>\n`;

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

  it("rejects with the file and the parser's reason", async () => {
    const good = join(dir, "baik.html");
    const bad = join(dir, "rusak.html");
    await writeFile(good, page(1));
    await writeFile(bad, "<div>a < b</div>");
    const files = startFileMinifier(HTML_MINIFY_OPTIONS, 1);
    const error = await files.minify([good, bad]).then(() => null, (e: unknown) => e);
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

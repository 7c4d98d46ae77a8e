/**
 * Bad input fails the build with a message an author can act on, and a
 * failed build leaves the last good dist/ exactly as it was.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixture, post, type Fixture } from "../helpers/site.ts";

let site: Fixture;
let goodIndex: string;

beforeAll(async () => {
  site = await createFixture({ posts: { "baik.md": post({ title: '"Artikel Baik"' }), "lama.md": post({ title: '"Artikel Lama"' }) } });
  const first = await site.build();
  expect(first.code, first.stderr).toBe(0);
  goodIndex = await site.read("dist/index.html");
});
afterAll(() => site.dispose());

const DATE_EXPECTED = "expected a real calendar date written YYYY-MM-DD";

describe.sequential("bad front matter", () => {
  it.each([
    ["a missing title", post({ title: null }), 'src/posts/rusak.md: field "title": found nothing (the field is missing); expected the article\'s title'],
    ["an empty description", post({ description: '""' }), 'src/posts/rusak.md: field "description": found an empty text'],
    ["a missing date", post({ date: null }), `src/posts/rusak.md: field "date": found nothing (the field is missing); ${DATE_EXPECTED}`],
    ["an impossible date", post({ date: "2025-02-30" }), `src/posts/rusak.md: field "date": found "2025-02-30"; ${DATE_EXPECTED}`],
    ["a date-time without offset", post({ date: "2022-10-04T09:00:00" }), `src/posts/rusak.md: field "date": found "2022-10-04T09:00:00"; ${DATE_EXPECTED}`],
    ["a malformed front matter", "---\ntitle: [tidak ditutup\n---\nIsi.\n", "src/posts/rusak.md: not valid YAML"],
    ["a repeated key", post({ tags: "[a]\ntitle: lagi" }), "src/posts/rusak.md: not valid YAML: Map keys must be unique"],
    ["no topic tag", post({ tags: null }), 'src/posts/rusak.md: field "tags": found ["posts"]; expected at least one tag besides posts'],
    [
      "a cover image that is not there",
      post({ cover: '{ src: /images/tidak-ada.jpg, alt: "Gambar" }' }),
      'src/posts/rusak.md: field "cover.src": found "/images/tidak-ada.jpg"; expected an image in src/images/, written like "/images/backend.jpg"; there is no src/images/tidak-ada.jpg',
    ],
    [
      "a cover image outside src/images/",
      post({ cover: '{ src: gambar.jpg, alt: "Gambar" }' }),
      'src/posts/rusak.md: field "cover.src": found "gambar.jpg"; expected an image in src/images/, written like "/images/backend.jpg"',
    ],
  ])("fails on %s, naming file, field and expectation, and keeps dist/", async (_, text, message) => {
    await site.write("src/posts/rusak.md", text);
    const result = await site.build();
    await site.remove("src/posts/rusak.md");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("[build] failed, dist/ left as it was");
    expect(result.stderr).toContain(message);
    expect(await site.read("dist/index.html")).toBe(goodIndex);
    expect(site.exists("dist/blog/baik/index.html")).toBe(true);
  });

  it("fails on raw HTML the minifier cannot parse, naming the page and its source, and keeps dist/", async () => {
    await site.write("src/posts/rusak.md", post({ title: '"HTML Rusak"' }, "<div>a < b</div>\n"));
    const result = await site.build();
    await site.remove("src/posts/rusak.md");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("[build] failed, dist/ left as it was");
    expect(result.stderr).toMatch(/HTML minifier: cannot minify \S*blog\/rusak\/index\.html from \.\/src\/posts\/rusak\.md: Parse Error/);
    expect(await site.read("dist/index.html")).toBe(goodIndex);
  });

  it("leaves no staging folder behind", async () => {
    const { readdir } = await import("node:fs/promises");
    expect((await readdir(site.dir)).filter((f) => f.startsWith("dist."))).toEqual([]);
  });
});

describe.sequential("clean output", () => {
  it("removes a deleted article's page on the next build", async () => {
    expect(site.exists("dist/blog/lama/index.html")).toBe(true);
    await site.remove("src/posts/lama.md");
    const result = await site.build();
    expect(result.code, result.stderr).toBe(0);
    expect(site.exists("dist/blog/lama/index.html")).toBe(false);
    expect(await readFile(join(site.dir, "dist/sitemap.xml"), "utf8")).not.toContain("/blog/lama/");
    expect(site.exists("dist/blog/baik/index.html")).toBe(true);
  });
});

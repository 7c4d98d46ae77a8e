/**
 * Bad input fails the build as an author meets it: the last lines name the
 * file, the item, the field, the value and what is expected; no stack trace
 * for a content error; the last good dist/ stays exactly as it was; and
 * nothing is left beside it. Built in this process (the same build and
 * report as the command's); one case runs the command itself, for its exit
 * code and output.
 */
import { readFileSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixture, FIXTURE_CONTENT, post, type BuildResult, type Fixture } from "../helpers/site.ts";

let site: Fixture;
let goodIndex: string;
const FIXTURE_PROMOS = await readFile(join(FIXTURE_CONTENT, "_data/promos.yaml"), "utf8");
const DURING = "2025-12-20T09:00:00+07:00";

beforeAll(async () => {
  site = await createFixture({ posts: { "baik.md": post({ title: '"Artikel Baik"' }), "lama.md": post({ title: '"Artikel Lama"' }) } });
  // Originals for the picture cases: a drawing, and a screenshot narrower than the column.
  await site.write("src/images/garis.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 1"/>');
  await writeFile(
    join(site.dir, "src/images/kecil.png"),
    await sharp({ create: { width: 500, height: 300, channels: 3, background: "#fff" } })
      .png()
      .toBuffer(),
  );
  const first = await site.buildHere();
  expect(first.code, first.stderr).toBe(0);
  goodIndex = await site.read("dist/index.html");
});
afterAll(() => site.dispose());

const DATE_EXPECTED = "expected a real calendar date written YYYY-MM-DD";
const STACK_LINE = /^\s+at /m;

/** What a failed build must leave: its message last, no stack trace, dist/ as it was, nothing beside it. */
async function expectCleanFailure(result: BuildResult, message: string | RegExp): Promise<void> {
  expect(result.code).toBe(1);
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines[0]).toBe("[build] failed; dist/ is left as it was.");
  const cause = lines.slice(1).join("\n");
  if (typeof message === "string") expect(cause).toContain(message);
  else expect(cause).toMatch(message);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stdout + result.stderr).not.toContain("Problem writing Eleventy templates");
  // One screen: the asset table, the promo line, Eleventy's summary, the message.
  expect((result.stdout + result.stderr).trimEnd().split("\n").length).toBeLessThanOrEqual(24);
  expect(await site.read("dist/index.html")).toBe(goodIndex);
  expect(site.exists("dist/blog/baik/index.html")).toBe(true);
  expect((await readdir(site.dir)).filter((f) => f.startsWith("dist."))).toEqual([]);
}

describe("bad front matter", { concurrent: false }, () => {
  it.each([
    [
      "a missing title",
      post({ title: null }),
      'src/posts/rusak.md: field "title": found nothing (the field is missing); expected the article\'s title',
    ],
    ["an empty description", post({ description: '""' }), 'src/posts/rusak.md: field "description": found an empty text'],
    ["a missing date", post({ date: null }), `src/posts/rusak.md: field "date": found nothing (the field is missing); ${DATE_EXPECTED}`],
    ["an impossible date", post({ date: "2025-02-30" }), `src/posts/rusak.md: field "date": found "2025-02-30"; ${DATE_EXPECTED}`],
    [
      "a date-time without offset",
      post({ date: "2022-10-04T09:00:00" }),
      `src/posts/rusak.md: field "date": found "2022-10-04T09:00:00"; ${DATE_EXPECTED}`,
    ],
    ["a malformed front matter", "---\ntitle: [tidak ditutup\n---\nIsi.\n", "src/posts/rusak.md: not valid YAML"],
    ["a repeated key", post({ tags: "[a]\ntitle: lagi" }), "src/posts/rusak.md: not valid YAML: Map keys must be unique"],
    ["no topic tag", post({ tags: null }), 'src/posts/rusak.md: field "tags": found ["posts"]; expected at least one tag besides posts'],
    [
      "a tag that another spelling already has",
      post({ tags: "[Pemrograman]" }),
      'src/posts/rusak.md: field "tags": found "Pemrograman"; expected a tag whose page differs from that of "pemrograman" in src/posts/baik.md (both would be /blog/tag/pemrograman/); use one spelling',
    ],
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
    [
      "a script in the article body",
      post({}, "Paragraf pertama.\n\n<script>alert(1)</script>\n"),
      "src/posts/rusak.md, line 10: raw HTML: found <script>; expected no <script> in an article; the site's Content-Security-Policy blocks it",
    ],
    [
      "a javascript: link inside a paragraph",
      post({}, 'Baris satu\nbaris <a href="javascript:alert(1)">dua</a>.\n'),
      'src/posts/rusak.md, line 9: raw HTML: found href="javascript:alert(1)" on <a>; expected a web address (https://…) or a site path, not javascript:',
    ],
    [
      "an event handler in a table cell",
      post({}, '| Perintah | Fungsi |\n| --- | --- |\n| <b onclick="x()">SELECT</b> | Membaca data |\n'),
      'src/posts/rusak.md, line 10: raw HTML: found onclick="x()" on <b>; expected no event handler in an article',
    ],
    [
      "a pasted video player",
      post({}, '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n'),
      "src/posts/rusak.md, line 8: raw HTML: found <iframe>; expected no <iframe> in an article (the site's Content-Security-Policy blocks it); for a YouTube video, its link alone on a line: [Judul video](https://www.youtube.com/watch?v=…)",
    ],
    [
      "a picture that is not there",
      post({}, "Teks.\n\n![Layar](/images/tidak-ada.png)\n"),
      'src/posts/rusak.md, line 10: picture: found "/images/tidak-ada.png"; expected a file in src/images/, written /images/<file>; src/images/tidak-ada.png does not exist',
    ],
    [
      "a picture outside src/images/",
      post({}, "![Layar](gambar/layar.png)\n"),
      'src/posts/rusak.md, line 8: picture: found "gambar/layar.png"; expected a file in src/images/, written /images/<file>',
    ],
    [
      "a picture from another site, in raw HTML",
      post({}, 'Teks <img src="https://example.com/x.png" alt="X">.\n'),
      'src/posts/rusak.md, line 8: picture: found "https://example.com/x.png"; expected a file in src/images/',
    ],
    [
      "a picture without alt text",
      post({}, "![](/images/garis.svg)\n"),
      'src/posts/rusak.md, line 8: picture: found no alt text on /images/garis.svg; expected a description of the picture (![Deskripsi](/images/…)); for a purely decorative picture, <img src="/images/…" alt="">',
    ],
    [
      "an <img> without alt",
      post({}, '<p><img src="/images/garis.svg"></p>\n'),
      "src/posts/rusak.md, line 8: picture: found no alt text on /images/garis.svg",
    ],
    [
      "a picture narrower than the column",
      post({}, "![Layar](/images/kecil.png)\n"),
      "src/posts/rusak.md, line 8: picture: found /images/kecil.png 500 px wide; expected at least 640 px wide (the reading column), or an SVG drawing",
    ],
    [
      "a caption on a picture inside a sentence",
      post({}, 'Lihat ![Garis](/images/garis.svg "Sebuah garis") ini.\n'),
      'src/posts/rusak.md, line 8: picture: found a caption ("Sebuah garis") on a picture inside a sentence; expected the picture alone on its line',
    ],
    [
      "a YouTube address without a title",
      post({}, "https://www.youtube.com/watch?v=dQw4w9WgXcQ\n"),
      "src/posts/rusak.md, line 8: video: found a YouTube address without a title (https://www.youtube.com/watch?v=dQw4w9WgXcQ); expected its title as a link: [Judul video](https://www.youtube.com/watch?v=…)",
    ],
    [
      "a misspelt callout",
      post({}, "Teks.\n\n> [!CATATAN]\n> Isi.\n"),
      "src/posts/rusak.md, line 10: callout: found [!CATATAN]; expected one of [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]",
    ],
    [
      "a code block's file name without quotes",
      post({}, "```js title=server.js\nx\n```\n"),
      'src/posts/rusak.md, line 8: code block: found "js title=server.js"; expected a language, then nothing, or a file name: ```js title="server.js"',
    ],
    [
      "an impossible updated day",
      post({ updated: "2023-02-30" }),
      'src/posts/rusak.md: field "updated": found "2023-02-30"; expected a real calendar date written YYYY-MM-DD',
    ],
    [
      "an update before the article's date",
      post({ updated: "2022-10-03" }),
      `src/posts/rusak.md: field "updated": found "2022-10-03"; expected a day on or after the article's date, 2022-10-04`,
    ],
    [
      "raw HTML the minifier cannot parse",
      post({ title: '"HTML Rusak"' }, "<div>a < b</div>\n"),
      /^src\/posts\/rusak\.md: the HTML minifier cannot read the page blog\/rusak\/index\.html: Parse Error/,
    ],
  ])("fails on %s, naming file, field and expectation, and keeps dist/", async (_, text, message) => {
    await site.write("src/posts/rusak.md", text);
    const result = await site.buildHere();
    await site.remove("src/posts/rusak.md");
    await expectCleanFailure(result, message);
  });

  it("fails the same way from the command: exit code 1, the message last, nothing else changed", async () => {
    await site.write("src/posts/rusak.md", post({ title: null }));
    const result = await site.build();
    await site.remove("src/posts/rusak.md");
    await expectCleanFailure(result, 'src/posts/rusak.md: field "title": found nothing (the field is missing)');
  });
});

describe("bad data", { concurrent: false }, () => {
  const FIXTURE_COURSES = readFileSync(join(FIXTURE_CONTENT, "_data/courses.yaml"), "utf8");
  /** The fixture's data files, with `edit` applied to one of them. */
  async function withData(file: "promos" | "courses" = "promos", edit: (yaml: string) => string = (y) => y): Promise<void> {
    await site.write("_data/promos.yaml", file === "promos" ? edit(FIXTURE_PROMOS) : FIXTURE_PROMOS);
    await site.write("_data/courses.yaml", file === "courses" ? edit(FIXTURE_COURSES) : FIXTURE_COURSES);
  }
  afterAll(() => withData());
  const SECOND = FIXTURE_PROMOS.replace(/^promos:\n/m, "")
    .replace(/\n$/, "")
    .replace("start: 2025-12-17", "start: 2026-02-01")
    .replace("end: 2025-12-23", "end: 2026-02-07");

  it.each([
    [
      "a repeated promo id",
      "promos",
      (y: string) => `${y.trimEnd()}\n${SECOND}\n`,
      '_data/promos.yaml: promo "akhir-tahun-2025" (#2), field "id": found "akhir-tahun-2025"; expected an id not already used by promo #1',
    ],
    [
      "a promo that ends before it starts",
      "promos",
      (y: string) => y.replace("end: 2025-12-23", "end: 2025-12-16"),
      '_data/promos.yaml: promo "akhir-tahun-2025" (#1), field "end": found "2025-12-16"; expected a moment after start (2025-12-17)',
    ],
    [
      "YAML that is not well formed",
      "promos",
      (y: string) => y.replace("discount: 199000", "discount: [199000"),
      "_data/promos.yaml: not valid YAML",
    ],
    [
      "a discount not below a program's price",
      "promos",
      (y: string) => y.replace("discount: 199000", "discount: 1600000"),
      '_data/promos.yaml: promo "akhir-tahun-2025" (#1), field "discount": found 1600000; expected less than the price of every program it discounts; program "back-end-python-complete" in _data/courses.yaml costs 1499000 (Rp1.499.000)',
    ],
    [
      "a series no program has",
      "promos",
      (y: string) => y.replace("series: Complete Series", "series: Complete Seris"),
      '_data/promos.yaml: promo "akhir-tahun-2025" (#1), field "series": found "Complete Seris"',
    ],
    [
      "a price cut below the live promo's discount",
      "courses",
      (y: string) => y.replace("price: 1299000", "price: 199000"),
      '_data/promos.yaml: promo "akhir-tahun-2025" (#1), field "discount": found 199000; expected less than the price of every program it discounts; program "back-end-php-laravel-complete" in _data/courses.yaml costs 199000 (Rp199.000)',
    ],
    [
      "a skill typo in a program",
      "courses",
      (y: string) => y.replace("skills: [Python, SQL, Git]", "skills: [Pyhton, SQL, Git]"),
      '_data/courses.yaml: program "back-end-python-complete" (#1), field "skills.0": found "Pyhton"; expected one of skills:',
    ],
  ] as const)("fails on %s, naming file, item, field and expectation, and keeps dist/", async (_, file, edit, message) => {
    await withData(file, edit);
    await expectCleanFailure(await site.buildHere({ PROMO_NOW: DURING }), message);
  });

  it("fails on a PROMO_NOW it cannot read", async () => {
    await withData();
    await expectCleanFailure(
      await site.buildHere({ PROMO_NOW: "besok" }),
      'PROMO_NOW: found "besok"; expected a date-time with its offset',
    );
  });

  it("shows the stack trace of a content error when asked with DEBUG=1", async () => {
    await withData("promos", (y) => y.replace("discount: 199000", "discount: 1600000"));
    const result = await site.buildHere({ PROMO_NOW: DURING, DEBUG: "1" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(STACK_LINE);
    expect(result.stderr.trimEnd().split("\n").at(-1)).toContain('field "discount": found 1600000');
  });
});

describe("a fault in the code", { concurrent: false }, () => {
  afterAll(() => site.remove("src/pages/rusak.njk"));

  it("keeps its stack trace, names it a fault in the code, and keeps dist/", async () => {
    await site.write("src/pages/rusak.njk", "---\npermalink: /rusak/\n---\n{{ 'x' | filterYangTidakAda }}\n");
    const result = await site.buildHere();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(STACK_LINE);
    expect(result.stderr).toContain(
      "a fault in the build code, not in the content:\n  Having trouble rendering njk template ./src/pages/rusak.njk",
    );
    expect(result.stderr.trimEnd().split("\n").at(-1)).toContain("filterYangTidakAda");
    expect(await site.read("dist/index.html")).toBe(goodIndex);
    expect((await readdir(site.dir)).filter((f) => f.startsWith("dist."))).toEqual([]);
  });
});

describe("clean output", { concurrent: false }, () => {
  it("removes a deleted article's page on the next build", async () => {
    expect(site.exists("dist/blog/lama/index.html")).toBe(true);
    await site.remove("src/posts/lama.md");
    const result = await site.buildHere();
    expect(result.code, result.stderr).toBe(0);
    expect(site.exists("dist/blog/lama/index.html")).toBe(false);
    expect(await site.read("dist/sitemap.xml")).not.toContain("/blog/lama/");
    expect(site.exists("dist/blog/baik/index.html")).toBe(true);
    expect((await readdir(site.dir)).filter((f) => f.startsWith("dist."))).toEqual([]);
  });
});

/**
 * Bad front matter fails the build as an author meets it: the last lines
 * name the file, the field, the value and what is expected; no stack trace
 * for a content error; the last good dist/ stays exactly as it was; nothing
 * is left beside it. Built in this process, with the same build and report
 * as the command (tests/cli/failure-exit.test.ts runs the command itself).
 */
import { afterAll, beforeAll, describe, it } from "vitest";
import { createFailingSite, DATE_EXPECTED, expectCleanFailure, type FailingSite } from "../helpers/failing-site.ts";
import { post } from "../helpers/site.ts";

let failing: FailingSite;
beforeAll(async () => {
  failing = await createFailingSite();
});
afterAll(() => failing.site.dispose());

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
      'src/posts/rusak.md: field "cover.src": found "/images/tidak-ada.jpg"; expected a file in src/images/, written /images/<file>; src/images/tidak-ada.jpg does not exist',
    ],
    [
      "a cover image outside src/images/",
      post({ cover: '{ src: gambar.jpg, alt: "Gambar" }' }),
      'src/posts/rusak.md: field "cover.src": found "gambar.jpg"; expected a file in src/images/, written /images/<file>',
    ],
    // The same rule as a picture in the body (below): a cover narrower than the column is refused too.
    [
      "a cover narrower than the reading column",
      post({ cover: '{ src: /images/kecil.png, alt: "Gambar" }' }),
      'src/posts/rusak.md: field "cover.src": found /images/kecil.png 500 px wide; expected at least 640 px wide (the reading column), or an SVG drawing',
    ],
    [
      "a cover in a format the build does not publish",
      post({ cover: '{ src: /images/gambar.gif, alt: "Gambar" }' }),
      'src/posts/rusak.md: field "cover.src": found "/images/gambar.gif"; expected a .jpg, .png, .webp, .avif or .svg file',
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
      'src/posts/rusak.md: field "updated": found "2023-02-30"; expected a real calendar date written YYYY-MM-DD (such as "2025-12-17"), the day the article last changed',
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
    await failing.site.write("src/posts/rusak.md", text);
    const result = await failing.site.buildHere();
    await failing.site.remove("src/posts/rusak.md");
    await expectCleanFailure(failing, result, message);
  });
});

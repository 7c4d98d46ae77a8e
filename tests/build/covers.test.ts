/**
 * Cover images: a real build turns an author's original into AVIF, WebP and
 * JPEG at several widths, with the markup to match; the share card carries it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlProblems } from "../helpers/html-validate.ts";
import { createFixture, post, type Fixture } from "../helpers/site.ts";

// An SVG original keeps the fixture text; the build rasterizes it like a photo.
const ORIGINAL = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
<rect width="1600" height="900" fill="#36c"/><circle cx="800" cy="450" r="300" fill="#fff"/></svg>`;
const ALT = "Secangkir kopi di atas meja kerja";

let site: Fixture;

beforeAll(async () => {
  site = await createFixture({
    posts: {
      "kopi.md": post({ title: '"Kopi dan Kode"', cover: `{ src: /images/kopi.svg, alt: "${ALT}" }` }),
      "tanpa-gambar.md": post({ title: '"Tanpa Gambar"' }),
    },
  });
  await site.write("src/images/kopi.svg", ORIGINAL);
  const result = await site.buildHere();
  expect(result.code, result.stderr).toBe(0);
});
afterAll(() => site.dispose());

const srcsetUrls = (srcset = "") => srcset.split(",").map((candidate) => candidate.trim().split(" ")[0] ?? "");

describe("an article with a cover", () => {
  it("shows a picture with AVIF and WebP sources, a JPEG fallback, its size and alt text", async () => {
    const $ = await site.page("/blog/kopi/");
    const picture = $("article picture");
    expect(picture).toHaveLength(1);
    expect(
      picture
        .find("source")
        .map((_, s) => $(s).attr("type"))
        .get(),
    ).toEqual(["image/avif", "image/webp"]);
    const img = picture.find("img.cover");
    expect(img.attr("alt")).toBe(ALT);
    // 1600 × 900 scaled to the largest width keeps its ratio: no layout shift.
    expect([img.attr("width"), img.attr("height")]).toEqual(["1200", "675"]);
    expect(img.attr("loading")).toBe("eager");
    expect(img.attr("fetchpriority")).toBe("high");
    expect(img.attr("sizes")).toBeTruthy();
  });

  it("writes every file its srcsets name, three widths in each format", async () => {
    const $ = await site.page("/blog/kopi/");
    const urls = $("article picture source, article picture img")
      .map((_, el) => srcsetUrls($(el).attr("srcset")))
      .get();
    expect(urls).toHaveLength(9);
    expect(urls.map((u) => u.replace(/^.*-(\d+)\.(\w+)$/, "$1.$2")).sort()).toEqual([
      "1200.avif",
      "1200.jpeg",
      "1200.webp",
      "480.avif",
      "480.jpeg",
      "480.webp",
      "960.avif",
      "960.jpeg",
      "960.webp",
    ]);
    for (const url of urls) expect(site.exists(`dist${url}`), url).toBe(true);
    expect(site.exists(`dist${$("article picture img").attr("src")}`)).toBe(true);
  });

  it("shares as a card that carries the cover (tests/build/share.test.ts), not the cover alone", async () => {
    const $ = await site.page("/blog/kopi/");
    const image = new URL($('meta[property="og:image"]').attr("content") ?? "");
    expect(image.pathname).toMatch(/^\/share\/[0-9a-f]{16}\.png$/);
    expect(site.exists(`dist${image.pathname}`)).toBe(true);
    const other = await site.page("/blog/tanpa-gambar/");
    expect(other('meta[property="og:image"]').attr("content")).not.toBe(image.href);
  });

  it("is valid HTML", async () => {
    expect(await htmlProblems(await site.read("dist/blog/kopi/index.html"), "blog/kopi/index.html")).toEqual([]);
  });
});

describe("an article without a cover", () => {
  it("has no picture, and shares as a card with its title alone", async () => {
    const $ = await site.page("/blog/tanpa-gambar/");
    expect($("article picture, article img")).toHaveLength(0);
    expect($('meta[property="og:image:alt"]').attr("content")).toMatch(/^Artikel: Tanpa Gambar, /);
    expect($('meta[name="twitter:card"]').attr("content")).toBe("summary_large_image");
  });
});

/**
 * Pictures in article bodies: a real build publishes every file the markup
 * names, in AVIF, WebP and a fallback at the column's widths, with sizes,
 * captions and lazy loading; SVG drawings go out as they are.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixture, post, type Fixture } from "../helpers/site.ts";

const DIAGRAM = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 480" width="960" height="480"><title>Alur</title><rect width="960" height="480" fill="#eee"/></svg>`;

let site: Fixture;

/** A flat-colour original of the given size, in the given format. */
const original = (width: number, height: number, format: "png" | "jpeg") =>
  sharp({ create: { width, height, channels: 3, background: "#36c" } })
    .toFormat(format)
    .toBuffer();

beforeAll(async () => {
  site = await createFixture({
    posts: {
      "gambar.md": post(
        { title: '"Artikel Bergambar"' },
        [
          "Paragraf pembuka.",
          "",
          "![Tangkapan layar terminal](/images/layar.png)",
          "",
          '![Suasana kelas malam](/images/kelas.jpg "Kelas malam di Jakarta")',
          "",
          '![Diagram alur permintaan](/images/alur.svg "Alur sebuah permintaan")',
          "",
          'Hiasan: <img src="/images/layar.png" alt=""> di tengah kalimat.',
          "",
        ].join("\n"),
      ),
      "pembuka.md": post({ title: '"Dibuka Gambar"' }, "![Tangkapan layar terminal](/images/layar.png)\n\nTeks.\n"),
      "mentah.md": post(
        { title: '"Dibuka HTML"' },
        '<p><img src="/images/layar.png" alt="Satu"> <img src="/images/alur.svg" alt="Dua"></p>\n\nTeks.\n',
      ),
    },
  });
  await site.write("src/images/alur.svg", DIAGRAM);
  const { writeFile } = await import("node:fs/promises");
  await writeFile(join(site.dir, "src/images/layar.png"), await original(1600, 900, "png"));
  await writeFile(join(site.dir, "src/images/kelas.jpg"), await original(1000, 750, "jpeg"));
  const result = await site.buildHere();
  expect(result.code, result.stderr).toBe(0);
});
afterAll(() => site.dispose());

const candidates = (srcset = "") => srcset.split(",").map((c) => c.trim().split(" "));

describe("a picture in an article body", () => {
  it("is a figure with AVIF and WebP sources and a PNG fallback for a PNG original, sized to keep its ratio", async () => {
    const $ = await site.page("/blog/gambar/");
    const figure = $(".prose figure").first();
    expect(figure.find("figcaption")).toHaveLength(0);
    expect(
      figure
        .find("source")
        .map((_, s) => $(s).attr("type"))
        .get(),
    ).toEqual(["image/avif", "image/webp"]);
    const img = figure.find("img");
    expect(img.attr("alt")).toBe("Tangkapan layar terminal");
    expect([img.attr("width"), img.attr("height")]).toEqual(["1280", "720"]);
    expect(img.attr("src")).toMatch(/^\/img\/.+\.png$/);
    expect([img.attr("loading"), img.attr("decoding")]).toEqual(["lazy", "async"]);
    expect(img.attr("sizes")).toBe("(min-width: 42rem) 40rem, calc(100vw - 2rem)");
  });

  it("publishes every file its srcsets name, at the column's widths, never wider than the original", async () => {
    const $ = await site.page("/blog/gambar/");
    const [screenshot, photo] = $(".prose figure picture").toArray();
    const widths = (pictureEl: typeof screenshot) =>
      $(pictureEl)
        .find("source, img")
        .map((_, el) => candidates($(el).attr("srcset") ?? `${$(el).attr("src")} 0w`).map(([url, w]) => `${url!.split(".").pop()} ${w}`))
        .get();
    expect(widths(screenshot)).toEqual(
      expect.arrayContaining(["avif 480w", "avif 960w", "avif 1280w", "webp 1280w", "png 480w", "png 1280w"]),
    );
    // 1000 px wide: the widths it can fill, in JPEG for a photo; no upscaled 1280.
    expect(widths(photo)).toEqual(["avif 480w", "avif 960w", "webp 480w", "webp 960w", "jpeg 480w", "jpeg 960w"]);
    for (const el of $(".prose picture source, .prose picture img").toArray()) {
      for (const [url] of candidates($(el).attr("srcset") ?? $(el).attr("src"))) expect(site.exists(`dist${url}`), url).toBe(true);
    }
  });

  it("takes the title after the address as its caption", async () => {
    const $ = await site.page("/blog/gambar/");
    const captions = $(".prose figure figcaption")
      .map((_, c) => $(c).text())
      .get();
    expect(captions).toEqual(["Kelas malam di Jakarta", "Alur sebuah permintaan"]);
    expect($(".prose figure").eq(1).find("img").attr("alt")).toBe("Suasana kelas malam");
  });

  it("publishes an SVG drawing as it is, sized from its own dimensions", async () => {
    const $ = await site.page("/blog/gambar/");
    const img = $(".prose figure").eq(2).children("img");
    expect(img.parent().children("picture")).toHaveLength(0);
    expect([img.attr("width"), img.attr("height"), img.attr("alt")]).toEqual(["960", "480", "Diagram alur permintaan"]);
    expect(readFileSync(join(site.dir, "dist", img.attr("src")!), "utf8")).toBe(DIAGRAM);
  });

  it('takes raw <img> through the same pipeline; alt="" written on purpose stays decorative', async () => {
    const $ = await site.page("/blog/gambar/");
    const decorative = $(".prose p picture img");
    expect(decorative).toHaveLength(1);
    expect(decorative.attr("alt")).toBe("");
    expect(decorative.attr("src")).toMatch(/^\/img\/.+\.png$/);
  });

  it("loads at once, first, when it opens an article without a cover", async () => {
    const $ = await site.page("/blog/pembuka/");
    expect([$(".prose img").attr("loading"), $(".prose img").attr("fetchpriority")]).toEqual(["eager", "high"]);
  });

  it("in raw HTML too: only the first of its pictures loads at once", async () => {
    const $ = await site.page("/blog/mentah/");
    expect(
      $(".prose img")
        .map((_, img) => `${$(img).attr("alt")} ${$(img).attr("loading")}`)
        .get(),
    ).toEqual(["Satu eager", "Dua lazy"]);
  });
});

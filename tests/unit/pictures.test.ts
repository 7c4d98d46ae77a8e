/** The rules for pictures in articles, without the file system. */
import { describe, expect, it } from "vitest";
import { COLUMN_WIDTH, pictureFormats, resolvePicture, widthProblem } from "../../src/lib/pictures.ts";

describe("resolvePicture", () => {
  it("finds /images/… inside src/images/, sub-folders included", () => {
    expect(resolvePicture("/images/layar.png")).toEqual({ image: "layar.png" });
    expect(resolvePicture("/images/docker/compose%20up.png")).toEqual({ image: "docker/compose up.png" });
  });

  it("refuses every address outside src/images/", () => {
    for (const src of [
      "layar.png",
      "images/layar.png",
      "/img/x.png",
      "https://example.com/x.png",
      "data:image/png;base64,AA",
      "/images/../package.json",
      "/images/",
      "/images/%zz.png",
    ])
      expect(resolvePicture(src), src).toEqual({ found: JSON.stringify(src), expected: "a file in src/images/, written /images/<file>" });
  });
});

describe("pictureFormats", () => {
  it("keeps a JPEG fallback for photos, a PNG one for screenshots, SVG as it is", () => {
    expect(pictureFormats("foto.JPG")).toEqual(["avif", "webp", "jpeg"]);
    expect(pictureFormats("layar.png")).toEqual(["avif", "webp", "png"]);
    expect(pictureFormats("alur.svg")).toEqual(["svg"]);
    expect(pictureFormats("animasi.gif")).toBeNull();
  });
});

describe("widthProblem", () => {
  it("asks a raster picture to fill the reading column; an SVG scales", () => {
    expect(widthProblem("a.png", COLUMN_WIDTH)).toBeNull();
    expect(widthProblem("a.png", COLUMN_WIDTH - 1)).toEqual({
      found: "639 px wide",
      expected: "at least 640 px wide (the reading column), or an SVG drawing",
    });
    expect(widthProblem("a.svg", 10)).toBeNull();
  });
});

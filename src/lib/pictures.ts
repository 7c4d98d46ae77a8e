/**
 * The rules for pictures in articles, without the file system: where an
 * author's address must point, which originals are accepted, how wide they
 * must be, and how they are published.
 */
import { posix } from "node:path";
import { ADDRESS_EXPECTED, PICTURE_ADDRESS } from "./picture-address.ts";

/** The reading column (--measure in css/tokens.css): 40rem at 16 px. A narrower original would be stretched or sit off the column. */
export const COLUMN_WIDTH = 640;
/** Phones at 1× and 2×, and the column at 2×. */
export const PICTURE_WIDTHS = [480, 960, 2 * COLUMN_WIDTH];
/** The column's width on each screen, for the browser to pick a file before layout. */
export const PICTURE_SIZES = "(min-width: 42rem) 40rem, calc(100vw - 2rem)";

export { ADDRESS_EXPECTED };

export type Resolved = { image: string } | { found: string; expected: string };

/** `/images/a/b.png` → `a/b.png` inside src/images/, or why not. */
export function resolvePicture(src: string): Resolved {
  if (!PICTURE_ADDRESS.test(src)) return { found: JSON.stringify(src), expected: ADDRESS_EXPECTED };
  let image: string;
  try {
    image = posix.normalize(decodeURIComponent(src.slice("/images/".length).split(/[?#]/)[0] ?? ""));
  } catch {
    image = ""; // a broken %-escape
  }
  if (image.startsWith("..") || image === "." || image === "") return { found: JSON.stringify(src), expected: ADDRESS_EXPECTED };
  return { image };
}

/** Output formats by original: photos keep a JPEG fallback, screenshots and drawings a PNG, SVG stays SVG. */
export function pictureFormats(image: string): string[] | null {
  const extension = posix.extname(image).toLowerCase();
  if (extension === ".svg") return ["svg"];
  if (extension === ".jpg" || extension === ".jpeg") return ["avif", "webp", "jpeg"];
  if (extension === ".png" || extension === ".webp" || extension === ".avif") return ["avif", "webp", "png"];
  return null;
}

export const FORMATS_EXPECTED = "a .jpg, .png, .webp, .avif or .svg file";

export const WIDTH_EXPECTED = `at least ${COLUMN_WIDTH} px wide (the reading column), or an SVG drawing`;

/** Why an original of this width cannot fill the column, or null. SVG scales. */
export function widthProblem(image: string, width: number): { found: string; expected: string } | null {
  if (pictureFormats(image)?.[0] === "svg" || width >= COLUMN_WIDTH) return null;
  return { found: `${width} px wide`, expected: WIDTH_EXPECTED };
}

/**
 * The one rule for a picture an article names, its cover or one in its body
 * (src/markdown/pictures.ts): an address in src/images/, a format the build
 * publishes, a file that exists and can be read, saved upright, and wide
 * enough for the reading column (src/lib/pictures.ts holds the pure parts).
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type * as EleventyImageModule from "@11ty/eleventy-img";
import { ADDRESS_EXPECTED, FORMATS_EXPECTED, pictureFormats, resolvePicture, widthProblem } from "../lib/pictures.ts";

export interface PictureFile {
  /** Its path inside src/images/. */
  image: string;
  file: string;
  /** What the body's pictures are published as (covers are always photos: src/eleventy/images.ts). */
  formats: string[];
}

/** What is wrong, as the build says it: `found` describes the picture, `expected` the rule. */
export interface PictureProblem {
  found: string;
  expected: string;
}

/** The CommonJS module: the function that makes files, carrying the helpers. */
export type EleventyImage = typeof EleventyImageModule.default & typeof EleventyImageModule;
let loaded: EleventyImage | undefined;
/**
 * Eleventy Image, loaded with the first picture, synchronously (markdown-it
 * renders synchronously): a build without pictures never loads sharp.
 */
export const eleventyImageSync = (): EleventyImage => (loaded ??= createRequire(import.meta.url)("@11ty/eleventy-img") as EleventyImage);

export function checkPictureFile(imagesDir: string, src: string): PictureFile | PictureProblem {
  const resolved = resolvePicture(src);
  if ("found" in resolved) return resolved;
  const { image } = resolved;
  const formats = pictureFormats(image);
  if (!formats) return { found: JSON.stringify(src), expected: FORMATS_EXPECTED };
  const file = join(imagesDir, image);
  if (!existsSync(file)) return { found: JSON.stringify(src), expected: `${ADDRESS_EXPECTED}; src/images/${image} does not exist` };
  let original: { width: number; orientation?: number };
  try {
    original = eleventyImageSync().ImageSize(file);
  } catch {
    return { found: JSON.stringify(src), expected: `${FORMATS_EXPECTED} that can be read; src/images/${image} cannot` };
  }
  // The markup is computed from the stored dimensions, which a rotation flag would contradict.
  if ((original.orientation ?? 1) > 1)
    return {
      found: `${src} turned by its EXIF orientation`,
      expected: "the picture saved upright (rotate it in an image editor and save it)",
    };
  const tooSmall = widthProblem(image, original.width);
  if (tooSmall) return { found: `${src} ${tooSmall.found}`, expected: tooSmall.expected };
  return { image, file, formats };
}

/** Where a picture the content plugin has checked lives, from the input folder (src/). */
export function pictureFile(inputDir: string, src: string): string {
  const resolved = resolvePicture(src);
  if ("found" in resolved) throw new Error(`${src}: ${resolved.expected}`); // checked before any page renders
  return join(inputDir, "images", resolved.image);
}

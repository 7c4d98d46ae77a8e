/**
 * Article images, made at build time by Eleventy Image: covers (AVIF, WebP
 * and JPEG) and pictures in article bodies
 * (src/markdown/pictures.ts), each at a few widths, with width and height so
 * nothing shifts while it loads. Authors keep the original in src/images/
 * and write `/images/<file>`.
 */
import { join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Metadata } from "@11ty/eleventy-img";
import type MarkdownIt from "markdown-it";
import { pictureFile } from "../build/picture-file.ts";
import { PICTURE_SIZES } from "../lib/pictures.ts";
import markdownPictures from "../markdown/pictures.ts";

export interface Cover {
  src: string;
  alt: string;
}

/** Phones at 1× and 2×, and the article column at about 2×; 1200 is also the link-preview size. */
export const COVER_WIDTHS = [480, 960, 1200];

/** Eleventy's resolved folders (typed as a bare object), read when a build runs. */
export const directories = (eleventyConfig: UserConfig) => eleventyConfig.directories as { input: string; output: string };

export default function imagesPlugin(eleventyConfig: UserConfig): void {
  // Loaded with the first cover: a build without covers never loads sharp.
  const eleventyImage = () => import("@11ty/eleventy-img");
  // Same file, same options: Eleventy Image makes the files once per build
  // and answers both shortcodes from its in-memory cache.
  const derive = async (cover: Cover): Promise<Metadata> =>
    (await eleventyImage()).default(pictureFile(directories(eleventyConfig).input, cover.src), {
      widths: COVER_WIDTHS,
      formats: ["avif", "webp", "jpeg"],
      outputDir: join(directories(eleventyConfig).output, "img"),
      urlPath: "/img/",
    });

  // Body pictures: markup while markdown renders; the files are awaited before the page is written.
  const work = new Map<string, Promise<unknown>[]>();
  eleventyConfig.amendLibrary("md", (md: MarkdownIt) =>
    md.use(markdownPictures, {
      imagesDir: () => join(directories(eleventyConfig).input, "images"),
      outputDir: () => directories(eleventyConfig).output,
      schedule: (inputPath: string, made: Promise<unknown>) => work.set(inputPath, [...(work.get(inputPath) ?? []), made]),
    }),
  );
  eleventyConfig.addTransform("pictures", async function (this: { page: { inputPath: string } }, content: string) {
    const made = work.get(this.page.inputPath);
    work.delete(this.page.inputPath);
    if (made) await Promise.all(made);
    return content;
  });

  // The cover sits under the title, in the first screen: loaded at once, first.
  eleventyConfig.addAsyncShortcode("coverPicture", async (cover: Cover) =>
    (await eleventyImage()).generateHTML(await derive(cover), {
      alt: cover.alt,
      class: "cover",
      sizes: PICTURE_SIZES,
      loading: "eager",
      decoding: "async",
      fetchpriority: "high",
    }),
  );
}

/**
 * Link-preview images, 1200 × 630 PNG, made by the build: Satori lays out a
 * card (src/lib/share-card.ts) with the fonts the build carries
 * (@fontsource/noto-sans, never the machine's), resvg draws it (its
 * WebAssembly build: see drawPng). The same card gives the same bytes on
 * every machine. Images are cached by content
 * (the card's whole drawing), so an unchanged page costs no new render.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { copyFile, link, mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire, findPackageJSON } from "node:module";
import { dirname, join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type * as ResvgModule from "@resvg/resvg-wasm";
import type { ResvgRenderOptions } from "@resvg/resvg-wasm";
import { directories } from "./images.ts";
import { MARK_SVG } from "../build/brand.ts";
import { pictureFile } from "../build/picture-file.ts";
import { CACHE_DIRS, cacheDir, writeWhole } from "../build/cache-dirs.ts";
import { COVER_WIDTH, SHARE_HEIGHT, SHARE_WIDTH, shareAlt, shareTree, type ShareCard } from "../lib/share-card.ts";

/** WhatsApp drops previews larger than this. */
export const SHARE_MAX_BYTES = 300 * 1024;

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700, 800] as const;
/** The renderer and fonts are part of what an image is made from. */
const TOOLS = ["satori", "@resvg/resvg-wasm", "@fontsource/noto-sans"]
  // findPackageJSON: resvg-wasm does not export its package.json.
  .map((name) => `${name}@${JSON.parse(readFileSync(findPackageJSON(name, import.meta.url)!, "utf8")).version}`)
  .join(" ");

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

let logo: Buffer | undefined;
let fonts: { name: string; data: Buffer; weight: (typeof WEIGHTS)[number]; style: "normal" }[] | undefined;
/** The tree with each `cover:/images/x` source replaced by the picture, cropped to its box. */
async function withCovers(tree: unknown, inputDir: string): Promise<unknown> {
  const json = JSON.stringify(tree);
  const covers = [...new Set(json.match(/"cover:[^"]+"/g) ?? [])];
  if (covers.length === 0) return tree;
  const { default: sharp } = await import("sharp");
  let out = json;
  for (const quoted of covers) {
    const src = JSON.parse(quoted).slice("cover:".length) as string;
    const jpeg = await sharp(pictureFile(inputDir, src))
      .resize(COVER_WIDTH, SHARE_HEIGHT, { fit: "cover" })
      .jpeg({ quality: 80 })
      .toBuffer();
    out = out.replaceAll(quoted, JSON.stringify(`data:image/jpeg;base64,${jpeg.toString("base64")}`));
  }
  return JSON.parse(out);
}

let resvg: Promise<typeof ResvgModule> | undefined;

/**
 * resvg compiled to WebAssembly draws the same bytes as its native build
 * (compared card by card) and frees each card's memory when told. The
 * native build's 3 MB pixmap a card stayed until V8 collected its wrapper,
 * which it does not weigh: 20,000 cards on a first build took the process
 * from about 1 GB to 1.4 GB (BENCHMARKS.md, #28).
 */
async function drawPng(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
  resvg ??= import("@resvg/resvg-wasm").then(async (module) => {
    // Once per process: a second copy of this plugin (a test's second build) finds it ready.
    await module.initWasm(readFile(require.resolve("@resvg/resvg-wasm/index_bg.wasm"))).catch((error: unknown) => {
      if (!String(error).includes("Already initialized")) throw error;
    });
    return module;
  });
  const { Resvg } = await resvg;
  const drawing = new Resvg(svg, options);
  const image = drawing.render();
  try {
    return Buffer.from(image.asPng());
  } finally {
    image.free();
    drawing.free();
  }
}

async function render(tree: unknown): Promise<Buffer> {
  const { default: satori } = await import("satori");
  const dir = join(dirname(require.resolve("@fontsource/noto-sans/package.json")), "files");
  fonts ??= await Promise.all(
    WEIGHTS.map(async (weight) => ({
      name: "Noto Sans",
      data: await readFile(join(dir, `noto-sans-latin-${weight}-normal.woff`)),
      weight,
      style: "normal" as const,
    })),
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts });
  return drawPng(svg, { font: { loadSystemFonts: false } });
}

/**
 * Puts a cached image into the output as a hard link (no bytes copied: the
 * cache only ever replaces whole files, never rewrites one), or as a copy
 * where the two folders are on different file systems. An image already
 * there (the dev server's output) is the same one: names are hashes of the
 * drawing.
 */
async function publish(cached: string, target: string): Promise<void> {
  try {
    await link(cached, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return;
    if (code !== "EXDEV" && code !== "EPERM") throw error;
    await copyFile(cached, target);
  }
}

export default function shareImagesPlugin(eleventyConfig: UserConfig, { siteName }: { siteName: () => string }): void {
  const inputDir = () => directories(eleventyConfig).input;
  /** name → drawing, for the images this build's pages announce. */
  let wanted = new Map<string, unknown>();
  /** card → image, so a page that asks twice (its meta tags and its JSON-LD) hashes once. */
  let named = new Map<string, ShareImage>();
  eleventyConfig.on("eleventy.before", () => {
    wanted = new Map();
    named = new Map();
  });

  // The address is known from the card alone, so pages are written without waiting for pixels.
  eleventyConfig.addFilter("shareImage", (card: ShareCard): ShareImage => {
    const key = JSON.stringify(card);
    const known = named.get(key);
    if (known) return known;
    const tree = shareTree(card, siteName());
    const hash = createHash("sha256").update(`${TOOLS}\n${JSON.stringify(tree)}`);
    // A cover's pixels are part of what the image is made from.
    if (card.kind === "article" && card.cover) hash.update(readFileSync(pictureFile(inputDir(), card.cover)));
    const name = hash.digest("hex").slice(0, 16);
    wanted.set(name, tree);
    const image = { url: `/share/${name}.png`, width: SHARE_WIDTH, height: SHARE_HEIGHT, alt: shareAlt(card) };
    named.set(key, image);
    return image;
  });

  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const started = performance.now();
    const out = join(directories.output, "share");
    await mkdir(out, { recursive: true });
    const cache = cacheDir(CACHE_DIRS.shareImages);
    let drawn = 0;
    for (const [name, tree] of wanted) {
      const cached = join(cache, `${name}.png`);
      if (!existsSync(cached)) {
        drawn++;
        const png = await render(await withCovers(tree, inputDir()));
        if (png.length > SHARE_MAX_BYTES) throw new Error(`share image ${name} is ${png.length} bytes; at most ${SHARE_MAX_BYTES}`);
        await writeWhole(cached, png);
      }
      await publish(cached, join(out, `${name}.png`));
    }
    // The logo search engines show for the site (structured data's Organization.logo), drawn once per process.
    logo ??= await drawPng(MARK_SVG, { fitTo: { mode: "width", value: 512 }, font: { loadSystemFonts: false } });
    await writeFile(join(directories.output, "logo.png"), logo);
    console.log(
      `[share] ${wanted.size} images, ${drawn} drawn, the rest from ${cache} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  });
}

/**
 * markdown-it plugin: pictures in an article body, markdown images and raw
 * <img> alike, go through Eleventy Image: AVIF and WebP with a JPEG or PNG
 * fallback at the column's widths, width and height set, lazy below the
 * first screen; SVG is published as it is. A picture alone on its line
 * becomes a <figure>; its title ("…" after the address) the <figcaption>.
 * Every picture the page cannot show fails the build, naming file and line.
 *
 * Not Eleventy Image's HTML transform: it sees the written page, so it could
 * not name the Markdown line of a bad picture, nor turn a picture alone on its
 * line into a figure, and it would rewrite every <img> of the page, the
 * templates' too. Eleventy Image itself makes the files, as in the transform.
 */
import { join } from "node:path";
import type { Metadata } from "@11ty/eleventy-img";
import { Parser } from "htmlparser2";
import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";
import { checkPictureFile, eleventyImageSync } from "../build/picture-file.ts";
import { PICTURE_SIZES, PICTURE_WIDTHS } from "../lib/pictures.ts";
import { articlePath, failAt, locatedTokens } from "./source.ts";

export interface PictureOptions {
  /** Where `/images/<file>` lives, read when a page renders. */
  imagesDir: () => string;
  /** Where made files go (`/img/` in the site), read when a page renders. */
  outputDir: () => string;
  /** Receives each page's file-making work; the build awaits it before writing the page. */
  schedule: (inputPath: string, work: Promise<unknown>) => void;
}

interface Problem {
  line: number;
  found: string;
  expected: string;
}

const ALT_EXPECTED =
  'a description of the picture (![Deskripsi](/images/…)); for a purely decorative picture, <img src="/images/…" alt="">';

/** The markup for one picture, or what is wrong with it; starts making its files. */
function picture(
  options: PictureOptions,
  inputPath: string,
  src: string,
  alt: string | null,
  eager: boolean,
): { html: string } | Omit<Problem, "line"> {
  const checked = checkPictureFile(options.imagesDir(), src);
  if ("found" in checked) return checked;
  const { file, formats } = checked;
  if (alt === null || (alt.trim() === "" && alt !== "")) return { found: `no alt text on ${src}`, expected: ALT_EXPECTED };
  const imageOptions = {
    widths: PICTURE_WIDTHS,
    formats,
    formatFiltering: [], // the formats above are the formats made: the markup is known before the files
    svgShortCircuit: true,
    outputDir: join(options.outputDir(), "img"),
    urlPath: "/img/",
  };
  const image = eleventyImageSync();
  const stats: Metadata = image.statsSync(file, imageOptions);
  options.schedule(inputPath, image(file, imageOptions));
  const loading: Record<string, string> = eager ? { loading: "eager", fetchpriority: "high" } : { loading: "lazy" };
  return { html: image.generateHTML(stats, { alt, sizes: PICTURE_SIZES, decoding: "async", ...loading }) };
}

/** The inline token is a paragraph holding nothing but this image. */
const aloneInParagraph = (tokens: readonly Token[], inline: Token | undefined) => {
  const i = inline ? tokens.indexOf(inline) : -1;
  const meaningful = inline?.children?.filter((c) => !(c.type === "text" && c.content.trim() === "") && c.type !== "softbreak") ?? [];
  return i > 0 && tokens[i - 1]!.type === "paragraph_open" && meaningful.length === 1 && meaningful[0]!.type === "image" ? i : -1;
};

function pictures(state: StateCore, options: PictureOptions): void {
  const inputPath = articlePath(state);
  if (!inputPath) return;
  const problems: Problem[] = [];
  // The first screen: the first picture, if it opens an article with no cover.
  let eagerLeft = !state.env?.cover;
  const eager = (token: Token, parent?: Token) => {
    const opens = eagerLeft && state.tokens.indexOf(parent ?? token) <= 1;
    eagerLeft = false;
    return opens;
  };
  for (const { token, line, parent } of locatedTokens(state.tokens)) {
    if (token.type === "image") {
      const src = token.attrGet("src") ?? "";
      const title = token.attrGet("title");
      const at = aloneInParagraph(state.tokens, parent);
      if (title !== null && at < 0) {
        problems.push({
          line,
          found: `a caption ("${title}") on a picture inside a sentence`,
          expected: "the picture alone on its line, so the caption can sit under it",
        });
        continue;
      }
      // A markdown image always has alt text, possibly empty: empty means forgotten here.
      const made = picture(options, inputPath, src, token.content === "" ? null : token.content, eager(token, parent));
      if ("found" in made) {
        problems.push({ line, ...made });
        continue;
      }
      const caption = title ? `<figcaption>${state.md.utils.escapeHtml(title)}</figcaption>` : "";
      token.meta = { ...token.meta, html: made.html + caption };
      if (at >= 0) {
        state.tokens[at - 1]!.tag = "figure";
        state.tokens[at + 1]!.tag = "figure";
      }
    } else if ((token.type === "html_block" || token.type === "html_inline") && /<img\b/i.test(token.content)) {
      token.content = replaceImgTags(token.content, (src, alt) => {
        const made = picture(options, inputPath, src, alt, eager(token, parent));
        if ("found" in made) problems.push({ line, ...made });
        return "html" in made ? made.html : "";
      });
    }
  }
  failAt(state, "picture", problems);
}

/** Replaces each <img> in raw HTML with what `make` returns for its src and alt (null: no alt attribute). */
function replaceImgTags(html: string, make: (src: string, alt: string | null) => string): string {
  const found: { start: number; end: number; src: string; alt: string | null }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "img")
          found.push({ start: parser.startIndex, end: parser.endIndex, src: attributes.src ?? "", alt: attributes.alt ?? null });
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.end(html);
  // Made in reading order (the first may load eagerly), replaced from the end (offsets stay valid).
  const made = found.map((img) => make(img.src, img.alt));
  return found.reduceRight((out, img, i) => out.slice(0, img.start) + made[i] + out.slice(img.end + 1), html);
}

export default function markdownPictures(md: MarkdownIt, options: PictureOptions): void {
  md.core.ruler.after("inline", "pictures", (state) => pictures(state, options));
  const render = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, i, ...rest) => tokens[i]!.meta?.html ?? render(tokens, i, ...rest);
}

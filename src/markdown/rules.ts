/**
 * The site's markdown rules that need neither Node nor the build: heading
 * ids, the table of contents, callouts, video facades, code frames and
 * scrolling tables (their build-time checks run only for an article being
 * built). Shared by the build (markdown.ts) and the editor's preview.
 */
import type MarkdownIt from "markdown-it";
import type { RenderRule as Renderer } from "markdown-it/lib/renderer.mjs";
import markdownItAnchor from "markdown-it-anchor";
import { slug } from "../lib/schema-parts.ts";
import markdownCallouts from "./callouts.ts";
import markdownCode from "./code.ts";
import markdownRawHtml from "./raw-html.ts";
import markdownToc from "./toc.ts";
import markdownVideo from "./video.ts";

/**
 * Tables scroll sideways inside a region a keyboard can reach, never the
 * page; the table itself keeps table semantics (no display: block on it).
 */
export function scrollableTables(md: MarkdownIt): void {
  const asIs: Renderer = (tokens, i, options, _env, self) => self.renderToken(tokens, i, options);
  const open = md.renderer.rules.table_open ?? asIs;
  const close = md.renderer.rules.table_close ?? asIs;
  // A named <section> is a region landmark: screen readers announce it, keyboards reach it.
  md.renderer.rules.table_open = (...args) => `<section class="table-scroll" tabindex="0" aria-label="Tabel">${open(...args)}`;
  md.renderer.rules.table_close = (...args) => `${close(...args)}</section>`;
}

/** Applies the site's markdown rules to a markdown-it instance. */
export function amendMarkdown(md: MarkdownIt): MarkdownIt {
  return md
    .use(markdownItAnchor, { level: [2, 3], slugify: slug, tabIndex: false })
    .use(markdownToc)
    .use(markdownRawHtml)
    .use(markdownCallouts)
    .use(markdownVideo)
    .use(markdownCode)
    .use(scrollableTables);
}

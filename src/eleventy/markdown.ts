/**
 * Markdown: heading ids, a table of contents, external link hygiene and
 * code highlighted at build time (no highlighting script for visitors).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import syntaxHighlight from "@11ty/eleventy-plugin-syntaxhighlight";
import slugify from "@sindresorhus/slugify";
import type MarkdownIt from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import markdownToc from "./markdown-toc.ts";

export const slug = (text: string) => slugify(text, { decamelize: false });

/** Links that leave the site get rel="noopener". */
export function externalLinks(md: MarkdownIt, { siteUrl }: { siteUrl: string }): void {
  md.core.ruler.push("external_links", (state) => {
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        const href = token.type === "link_open" ? token.attrGet("href") : null;
        if (href && /^https?:\/\//i.test(href) && !href.startsWith(`${siteUrl}/`)) token.attrSet("rel", "noopener");
      }
    }
  });
}

/**
 * Code blocks scroll sideways on phones, so a keyboard must be able to reach
 * them to scroll (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function focusableCodeBlocks(md: MarkdownIt): void {
  for (const rule of ["fence", "code_block"] as const) {
    const render = md.renderer.rules[rule]!;
    md.renderer.rules[rule] = (...args) => render(...args).replace(/^<pre(?![^>]*\btabindex=)/, '<pre tabindex="0"');
  }
}

/** Applies the site's markdown rules to a markdown-it instance. */
export function amendMarkdown(md: MarkdownIt, siteUrl: string): MarkdownIt {
  return md
    .use(markdownItAnchor, { level: [2, 3], slugify: slug, tabIndex: false })
    .use(markdownToc)
    .use(externalLinks, { siteUrl })
    .use(focusableCodeBlocks);
}

export default function markdownPlugin(eleventyConfig: UserConfig, { siteUrl }: { siteUrl: string }): void {
  eleventyConfig.addPlugin(syntaxHighlight, { errorOnInvalidLanguage: true });
  eleventyConfig.amendLibrary("md", (md: MarkdownIt) => amendMarkdown(md, siteUrl));
}

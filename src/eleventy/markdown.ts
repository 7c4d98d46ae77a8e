/**
 * Markdown: heading ids, a table of contents, raw HTML the CSP would block
 * refused, callouts, video facades, code blocks with a file name and a copy
 * button, highlighted at build time (no highlighting script for visitors),
 * and tables that scroll inside themselves. Pictures: images.ts. Links open
 * in the same tab, so they need no rel="noopener". The rules themselves are
 * markdown-it plugins in src/markdown/; highlighting is the official plugin,
 * wired beside this one in .eleventy.ts.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type MarkdownIt from "markdown-it";
import { amendMarkdown } from "../markdown/rules.ts";

export default function markdownPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.amendLibrary("md", (md: MarkdownIt) => amendMarkdown(md));
}

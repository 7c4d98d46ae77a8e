/** Production builds ship minified HTML; the dev server keeps it readable. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { minify, type Options } from "html-minifier-terser";

export const HTML_MINIFY_OPTIONS: Options = {
  collapseWhitespace: true,
  removeComments: true,
  collapseBooleanAttributes: true,
  removeRedundantAttributes: true,
  removeScriptTypeAttributes: true,
  removeStyleLinkTypeAttributes: true,
  useShortDoctype: true,
  // Entities stay encoded: a raw "&" is legal but ambiguous to validators.
  decodeEntities: false,
};

export default function minifyPlugin(eleventyConfig: UserConfig): void {
  if (process.env.ELEVENTY_RUN_MODE !== "build") return;
  eleventyConfig.addTransform("minify-html", function (this: { page: { outputPath: string | false } }, content: string) {
    const path = this.page.outputPath;
    return typeof path === "string" && path.endsWith(".html") ? minify(content, HTML_MINIFY_OPTIONS) : content;
  });
}

/**
 * Eleventy configuration: it only wires the plugins under src/eleventy/,
 * one concern each. Build with `npm run build`, preview with `npm start`.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import syntaxHighlight from "@11ty/eleventy-plugin-syntaxhighlight";
import assetsPlugin from "./src/eleventy/assets.ts";
import brandPlugin from "./src/eleventy/brand.ts";
import cmsPlugin from "./src/eleventy/cms.ts";
import collectionsPlugin from "./src/eleventy/collections.ts";
import contentPlugin from "./src/eleventy/content.ts";
import dataPlugin, { BuildData } from "./src/eleventy/data.ts";
import datesPlugin from "./src/eleventy/date-filters.ts";
import imagesPlugin from "./src/eleventy/images.ts";
import markdownPlugin from "./src/eleventy/markdown.ts";
import minifyPlugin from "./src/eleventy/minify.ts";
import searchPlugin from "./src/eleventy/search.ts";
import seoPlugin from "./src/eleventy/seo.ts";
import shareImagesPlugin from "./src/eleventy/share-images.ts";

export default function (eleventyConfig: UserConfig): void {
  const dataDir = "_data"; // config.dir.data, seen from the project root
  // _data/ read once per build; plugins ask it for the settings they need.
  const data = new BuildData(dataDir);
  const timeZone = () => data.site().timeZone;
  eleventyConfig.addPlugin(dataPlugin, { data });
  eleventyConfig.addPlugin(contentPlugin, { timeZone });
  eleventyConfig.addPlugin(datesPlugin, { timeZone });
  // Official plugins: highlighting at build time (an unknown language fails the build), the feeds' filters.
  eleventyConfig.addPlugin(syntaxHighlight, { errorOnInvalidLanguage: true });
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(collectionsPlugin);
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addPlugin(seoPlugin, { siteUrl: () => data.site().url });
  eleventyConfig.addPlugin(imagesPlugin);
  eleventyConfig.addPlugin(shareImagesPlugin, { siteName: () => data.site().name });
  eleventyConfig.addPlugin(brandPlugin);
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(minifyPlugin);
  eleventyConfig.addPlugin(searchPlugin);
  eleventyConfig.addPlugin(cmsPlugin);
}

export const config = {
  // No output here: it would override the one the build script chooses
  // (dist/ through a staging folder; .dev/ for `npm start`).
  dir: { input: "src", includes: "../_includes", data: "../_data" },
  templateFormats: ["md", "njk"],
  // Markdown is never run through a template engine: `{{ }}` in a code
  // sample stays text.
  markdownTemplateEngine: false as const,
  htmlTemplateEngine: "njk",
};

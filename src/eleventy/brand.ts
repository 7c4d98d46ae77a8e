/** The brand's mark for the templates (the logo) and as the favicon, both from src/build/brand.ts. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { MARK_GLYPH, MARK_SVG } from "../build/brand.ts";

export default function brandPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("brand", { glyph: MARK_GLYPH });
  eleventyConfig.addTemplateFormats("11ty.js");
  eleventyConfig.addTemplate("favicon.11ty.js", () => MARK_SVG, { permalink: "/favicon.svg", eleventyExcludeFromCollections: true });
}

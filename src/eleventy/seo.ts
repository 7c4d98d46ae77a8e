/**
 * Search engines, sharing and feeds: absolute URLs, JSON-LD and share links.
 * The feed and sitemap templates live in src/pages/.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { inZone, isoDateTime, longDate } from "../lib/dates.ts";
import type { PricedCourse, PromoView } from "../lib/promo-view.ts";
import { shareMeta } from "../lib/share-meta.ts";
import { shareLinks } from "../lib/share.ts";
import type { Site } from "../lib/site-schema.ts";
import { blogPosting, breadcrumbList, course, itemList, webSite, type SiteInfo } from "../lib/structured-data.ts";
import { topics } from "./collections.ts";
import { isArticle } from "../lib/posts-tag.ts";
import { PLAYER_ORIGIN } from "../lib/youtube.ts";
import { VIDEO_MARKER } from "../markdown/video.ts";

/** JSON for a <script> element: "<" is escaped so no text can close it. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * Content-Security-Policy: scripts and styles only from our own hashed files;
 * no inline script runs (JSON-LD blocks are data, not scripts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** The search page: the same, and WebAssembly for Pagefind (nothing else: no eval, no inline script). */
export const SEARCH_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

/** An article with a video: the same, plus the one frame its player needs. */
export const VIDEO_CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY}; frame-src ${PLAYER_ORIGIN}`;

/** The page data the share texts read. */
interface ShareContext {
  title?: string;
  description?: string;
  tags?: string[];
  program?: PricedCourse;
  cover?: { src: string };
  promo: PromoView | null;
  site: { name: string; description: string; timeZone: string; url: string; language: string; author: string };
}

export default function seoPlugin(eleventyConfig: UserConfig, { siteUrl }: { siteUrl: () => string }): void {
  eleventyConfig.addGlobalData("csp", {
    site: CONTENT_SECURITY_POLICY,
    video: VIDEO_CONTENT_SECURITY_POLICY,
    search: SEARCH_CONTENT_SECURITY_POLICY,
  });
  // The pages that show a video facade (src/markdown/video.ts), each given the video CSP in _headers.
  eleventyConfig.addFilter("withVideo", (posts: { content: string }[]) => posts.filter((post) => post.content.includes(VIDEO_MARKER)));
  eleventyConfig.addFilter("absolute", (path: string) => new URL(path, `${siteUrl()}/`).href);
  eleventyConfig.addFilter("jsonLd", jsonForScript);
  eleventyConfig.addFilter("shareLinks", shareLinks);
  // What a shared link to the page being rendered says (src/lib/share-meta.ts), from its data.
  eleventyConfig.addFilter("shareMeta", function (this: { ctx: ShareContext }, page: { url: string; date: Date }) {
    const { ctx } = this;
    return shareMeta({
      url: page.url,
      title: ctx.title,
      description: ctx.description,
      articleDate: isArticle(ctx.tags ?? []) ? longDate(inZone(page.date, ctx.site.timeZone)) : undefined,
      cover: ctx.cover?.src,
      program: ctx.program,
      promo: ctx.promo,
      site: ctx.site,
    });
  });
  // JSON-LD (src/lib/structured-data.ts), from the page's data; `image` is its share image.
  eleventyConfig.addFilter(
    "blogPostingLd",
    function (this: { ctx: ShareContext & { lastModified: Date; author?: string } }, page: { url: string; date: Date }, image: string) {
      const { ctx } = this;
      const iso = (date: Date) => isoDateTime(inZone(date, ctx.site.timeZone));
      return blogPosting(
        {
          title: ctx.title!,
          description: ctx.description!,
          url: page.url,
          published: iso(page.date),
          modified: iso(ctx.lastModified),
          author: ctx.author,
          image,
          keywords: topics(ctx.tags),
        },
        ctx.site as SiteInfo,
      );
    },
  );
  eleventyConfig.addFilter("courseLd", function (this: { ctx: ShareContext }, program: PricedCourse, image: string) {
    return course(program, image, this.ctx.site as SiteInfo);
  });
  eleventyConfig.addFilter(
    "itemListLd",
    function (this: { ctx: ShareContext }, cards: { program: PricedCourse; hidden: boolean }[], name: string) {
      return itemList(
        name,
        cards.filter((card) => !card.hidden).map((card) => card.program),
        this.ctx.site as SiteInfo,
      );
    },
  );
  eleventyConfig.addFilter("breadcrumbLd", (crumbs: { name: string; url: string }[]) => breadcrumbList(crumbs, { url: siteUrl() }));
  eleventyConfig.addFilter("webSiteLd", (site: Site) => webSite(site));
}

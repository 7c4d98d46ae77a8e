/** Every article: in the `posts` collection, at /blog/<file name>/. */
import { POSTS_TAG } from "../lib/posts-tag.ts";
import { postUrl } from "../lib/urls.ts";

export default {
  tags: [POSTS_TAG],
  layout: "layouts/post.njk",
  permalink: (data: { page: { fileSlug: string } }) => postUrl(data.page.fileSlug),
  eleventyComputed: {
    /** When it last changed: `updated:` when the author gave one, else its date (page, JSON-LD, feeds, sitemap). */
    lastModified: (data: { updated?: Date; page: { date: Date } }) => data.updated ?? data.page.date,
    /** Who wrote it: its own author, else the editorial team (site.yaml), the same on the page and in both feeds. */
    byline: (data: { author?: string; site: { author: string } }) => data.author ?? data.site.author,
  },
};

/** Every article: in the `posts` collection, at /blog/<file name>/ (its `lastModified` and `byline`: src/eleventy/content.ts). */
import { POSTS_TAG } from "../lib/posts-tag.ts";
import { postUrl } from "../lib/urls.ts";

export default {
  tags: [POSTS_TAG],
  layout: "layouts/post.njk",
  permalink: (data: { page: { fileSlug: string } }) => postUrl(data.page.fileSlug),
};

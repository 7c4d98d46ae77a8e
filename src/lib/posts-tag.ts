/**
 * The tag Eleventy groups articles by (src/posts/posts.11tydata.ts), never a
 * topic. Its own module, free of dependencies: the directory data file
 * imports it from wherever the content is built.
 */
export const POSTS_TAG = "posts";

/** Whether a page with these tags is an article. */
export const isArticle = (tags: readonly string[] = []) => tags.includes(POSTS_TAG);

/** Every article: in the `posts` collection, at /blog/<file name>/. */
export default {
  tags: ["posts"],
  layout: "layouts/post.njk",
  permalink: (data: { page: { fileSlug: string } }) => `/blog/${data.page.fileSlug}/`,
};

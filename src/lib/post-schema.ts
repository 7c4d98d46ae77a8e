/** The front matter of an article in `src/posts/`. Checked on every build. */
import { z } from "zod";
import { POSTS_TAG } from "./posts-tag.ts";
import { ADDRESS_EXPECTED, PICTURE_ADDRESS } from "./picture-address.ts";
import { text } from "./schema-parts.ts";

export const postSchema = z.looseObject({
  title: text("the article's title, a non-empty text"),
  description: text("a one-sentence summary (for search results and sharing), a non-empty text"),
  tags: z
    .array(text("a tag, a non-empty text"), { error: "a list of tags, such as [database, sql]" })
    .refine((tags) => tags.some((t) => t !== POSTS_TAG), { error: `at least one tag besides ${POSTS_TAG}` }),
  author: text("the author's name, a non-empty text").optional(),
  cover: z
    .strictObject(
      {
        src: text(ADDRESS_EXPECTED).regex(PICTURE_ADDRESS, { error: ADDRESS_EXPECTED }),
        alt: text("a description of the image for screen readers"),
      },
      { error: "an image as { src, alt }" },
    )
    .optional(),
  draft: z.boolean({ error: "true or false" }).optional(),
});

export type PostData = z.output<typeof postSchema>;

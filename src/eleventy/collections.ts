/**
 * Collections derived once per build from the articles' tag (POSTS_TAG): the tag pages
 * and the "Baca Juga" related articles.
 */
import { relative } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { relatedIndex } from "../lib/related.ts";
import { fail } from "../lib/validation.ts";
import { isArticle, POSTS_TAG } from "../lib/posts-tag.ts";
import { slug } from "../lib/schema-parts.ts";
import { tagUrl } from "../lib/urls.ts";
import neighboursPlugin from "./neighbours.ts";

interface CollectionItem {
  url: string;
  inputPath: string;
  date: Date;
  data: { tags?: string[]; title: string };
}
interface CollectionApi {
  getFilteredByTag(tag: string): CollectionItem[];
}

/** The tags that describe an article: all but the one that groups articles. */
export const topics = (tags: readonly string[] = []) => tags.filter((t) => t !== POSTS_TAG);
export const topicTags = (item: CollectionItem) => topics(item.data.tags);

export interface TagPage {
  name: string;
  slug: string;
  posts: CollectionItem[];
}

export function tagPages(posts: readonly CollectionItem[]): TagPage[] {
  const byTag = new Map<string, CollectionItem[]>();
  for (const post of posts) {
    for (const tag of topicTags(post)) {
      const list = byTag.get(tag);
      if (list) list.push(post);
      else byTag.set(tag, [post]);
    }
  }
  const pages = [...byTag].map(([name, list]) => ({ name, slug: slug(name), posts: list.toReversed() }));
  const seen = new Map<string, TagPage>();
  for (const page of pages) {
    const other = seen.get(page.slug);
    const file = (p: TagPage) => relative(".", p.posts.at(-1)!.inputPath);
    if (other) {
      fail(file(page), [
        {
          field: "tags",
          value: page.name,
          expected: `a tag whose page differs from that of "${other.name}" in ${file(other)} (both would be ${tagUrl(page.slug)}); use one spelling`,
        },
      ]);
    }
    seen.set(page.slug, page);
  }
  return pages.sort((a, b) => a.name.localeCompare(b.name, "id"));
}

export default function collectionsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addCollection("tagPages", (api: CollectionApi) => tagPages(api.getFilteredByTag(POSTS_TAG)));
  eleventyConfig.addCollection("related", (api: CollectionApi) =>
    relatedIndex(
      api.getFilteredByTag(POSTS_TAG).map((post) => ({ url: post.url, tags: topicTags(post), time: post.date.getTime(), post })),
    ),
  );
  eleventyConfig.addFilter("relatedTo", (related: Map<string, { post: CollectionItem }[]>, url: string) =>
    (related.get(url) ?? []).map((r) => r.post),
  );
  neighboursPlugin(eleventyConfig);
  eleventyConfig.addFilter("tagSlug", slug);
  eleventyConfig.addFilter("topics", topics);
  eleventyConfig.addFilter("isArticle", isArticle);
  eleventyConfig.addFilter("head", <T>(items: readonly T[], n: number) => items.slice(0, n));
}

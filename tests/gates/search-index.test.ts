/**
 * Gate: the search index holds every page that marks a part for it
 * (data-pagefind-body), and no other. Pagefind reads only the pages that
 * INDEXED_PAGES names (src/build/search-index.ts): a page type outside it
 * would be missing from the search without a word.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { gateSites } from "../helpers/gate-sites.ts";
import { publicHtmlFiles, read } from "../helpers/dist.ts";

describe.each(await gateSites())("$name", ({ dist }) => {
  it("indexes every page with a part marked for search", async () => {
    const marked: string[] = [];
    for (const file of await publicHtmlFiles(dist))
      if (cheerio.load(await read(dist, file))("[data-pagefind-body]").length) marked.push(file);
    const entry = JSON.parse(await readFile(join(dist, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(marked.length).toBeGreaterThan(0);
    expect(Object.keys(entry.languages)).toEqual(["id"]);
    expect(entry.languages.id!.page_count).toBe(marked.length);
  });
});

/** Tag pages keep the meaning of names written with "+", "#" or ".": "C++" and "C" each have a page of their own. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { createFixture, post, type Fixture } from "../helpers/site.ts";

let site: Fixture;
beforeAll(async () => {
  site = await createFixture({
    posts: {
      "bahasa.md": post({ title: '"Bahasa Pemrograman"', tags: "[C++, C#, Node.js, C]" }),
      "lain.md": post({ title: '"Bahasa Lain"', tags: "[C]" }),
    },
  });
  const result = await site.buildHere();
  expect(result.code, result.stderr).toBe(0);
});
afterAll(() => site.dispose());

it("links each tag to its own page", async () => {
  const $ = await site.page("/blog/bahasa/");
  expect(
    $(".tags a")
      .map((_, a) => [[$(a).text(), $(a).attr("href")]])
      .get(),
  ).toEqual([
    ["#C++", "/blog/tag/c-plus-plus/"],
    ["#C#", "/blog/tag/c-sharp/"],
    ["#Node.js", "/blog/tag/node-js/"],
    ["#C", "/blog/tag/c/"],
  ]);
});

it("lists on each tag page only the articles with that tag", async () => {
  const titles = async (url: string) => {
    const $ = await site.page(url);
    return $(".post-list h2, .post-list h3")
      .map((_, h) => $(h).text().trim())
      .get();
  };
  expect(await titles("/blog/tag/c-plus-plus/")).toEqual(["Bahasa Pemrograman"]);
  expect(await titles("/blog/tag/c/")).toEqual(expect.arrayContaining(["Bahasa Pemrograman", "Bahasa Lain"]));
  expect(await titles("/blog/tag/c/")).toHaveLength(2);
});

import * as cheerio from "cheerio";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { amendMarkdown } from "../../src/markdown/rules.ts";
import { slug } from "../../src/lib/schema-parts.ts";
import { renderToc } from "../../src/markdown/toc.ts";

const render = (source: string) => cheerio.load(amendMarkdown(new MarkdownIt({ html: true })).render(source));

describe("heading anchors", () => {
  it("gives h2 and h3 stable, readable ids and de-duplicates them", () => {
    const $ = render("## Apa Itu Back-End Developer ?\n\n### 1. Bahasa Pemrograman\n\n## Apa Itu Back-End Developer ?\n");
    expect(
      $("h2")
        .map((_, h) => $(h).attr("id"))
        .get(),
    ).toEqual(["apa-itu-back-end-developer", "apa-itu-back-end-developer-1"]);
    expect($("h3").attr("id")).toBe("1-bahasa-pemrograman");
  });

  it("slugifies Indonesian text to ASCII", () => {
    expect(slug("Keahlian yang Harus Dikuasai")).toBe("keahlian-yang-harus-dikuasai");
    expect(slug("Back-End")).toBe("back-end");
  });

  it("keeps the meaning of programming languages' names", () => {
    expect(["C++", "C#", "Node.js", "C", "F#", "ASP.NET Core"].map(slug)).toEqual([
      "c-plus-plus",
      "c-sharp",
      "node-js",
      "c",
      "f-sharp",
      "asp-net-core",
    ]);
  });
});

describe("table of contents", () => {
  it("lists h2 and nested h3 before the first h2, linking to existing ids", () => {
    const $ = render("Intro.\n\n## Satu\n\n### Satu A\n\n### Satu B\n\n## Dua\n");
    const toc = $("nav.toc");
    expect(toc.prev().is("p")).toBe(true);
    expect(toc.next().is("h2#satu")).toBe(true);
    expect(toc.find("> details > ol > li").length).toBe(2);
    expect(
      toc
        .find("ol ol a")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toEqual(["#satu-a", "#satu-b"]);
    for (const a of toc.find("a").toArray()) expect($(`[id="${$(a).attr("href")?.slice(1)}"]`).length).toBe(1);
  });

  it("is left out when an article has fewer than two headings", () => {
    expect(render("## Satu\n\nTeks.").html()).not.toContain("toc");
  });

  it("lists a heading with inline code or emphasis as the words a reader sees", () => {
    const $ = render("## Perintah `SELECT` dan *JOIN*\n\n## Dua\n");
    expect($(".toc a").first().text()).toBe("Perintah SELECT dan JOIN");
    expect($(".toc a").first().attr("href")).toBe(`#${$("h2").first().attr("id")}`);
  });

  it("escapes heading text", () => {
    expect(
      renderToc([
        { level: 2, id: "a", title: "<b>&" },
        { level: 2, id: "b", title: "x" },
      ]),
    ).toContain("&lt;b&gt;&amp;");
  });
});

describe("links and tables", () => {
  it("opens every link in the same tab, so none needs rel=noopener", () => {
    const $ = render("[a](https://other.id/) [b](/blog/)");
    expect(
      $("a")
        .map((_, a) => `${$(a).attr("target") ?? ""}${$(a).attr("rel") ?? ""}`)
        .get(),
    ).toEqual(["", ""]);
  });

  it("lets the keyboard reach code blocks, which scroll sideways", () => {
    const $ = render("```sql\nSELECT 1;\n```\n\n    indented\n");
    expect(
      $("pre")
        .map((_, p) => $(p).attr("tabindex"))
        .get(),
    ).toEqual(["0", "0"]);
  });

  it("renders tables", () => {
    expect(render("| a | b |\n|---|---|\n| 1 | 2 |\n")("table td").length).toBe(2);
  });
});

/** Raw HTML in articles: plain markup passes; what the CSP would block is named. */
import { describe, expect, it } from "vitest";
import { rawHtmlProblems } from "../../src/lib/raw-html.ts";

const found = (html: string) => rawHtmlProblems(html).map((p) => p.found);

describe("rawHtmlProblems", () => {
  it("lets plain markup through", () => {
    expect(found("<details><summary>Jawaban</summary><p>Tekan <kbd>Ctrl</kbd>+<kbd>C</kbd>.</p></details>")).toEqual([]);
    expect(found('<a href="https://example.com/docs" title="Dokumentasi">docs</a> <img src="/images/a.png" alt="A">')).toEqual([]);
  });

  it("names scripts and style elements", () => {
    expect(found("<script>alert(1)</script>")).toEqual(["<script>"]);
    expect(found('<SCRIPT src="https://cdn.example/x.js"></SCRIPT>')).toEqual(["<script>"]);
    expect(found("<style>p { color: red }</style>")).toEqual(["<style>"]);
    expect(rawHtmlProblems("<script></script>")[0]!.expected).toBe(
      "no <script> in an article; the site's Content-Security-Policy blocks it",
    );
  });

  it("names inline event handlers and style attributes, with their element", () => {
    expect(found('<button onclick="beli()">Beli</button>')).toEqual(['onclick="beli()" on <button>']);
    expect(found('<img src="/images/a.png" alt="A" ONERROR="x()">')).toEqual(['onerror="x()" on <img>']);
    expect(found('<p style="color: red">Merah</p>')).toEqual(['style="color: red" on <p>']);
  });

  it("names javascript: addresses however they are written", () => {
    expect(found('<a href="javascript:alert(1)">x</a>')).toEqual(['href="javascript:alert(1)" on <a>']);
    expect(found('<a href=" JavaScript:void(0)">x</a>')).toHaveLength(1);
    expect(found('<a href="java&#x09;script:alert(1)">x</a>')).toHaveLength(1);
    expect(found('<form action="javascript:kirim()"></form>')).toHaveLength(1);
    expect(found('<a href="/blog/javascript-dasar/">JavaScript: dasar</a>')).toEqual([]);
  });

  it("names pasted players and plugins, saying what to write instead of a frame", () => {
    expect(found('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" allowfullscreen></iframe>')).toEqual(["<iframe>"]);
    expect(rawHtmlProblems("<iframe></iframe>")[0]!.expected).toContain("[Judul video](https://www.youtube.com/watch?v=…)");
    expect(found('<object data="/x.swf"></object><embed src="/x.swf">')).toEqual(["<object>", "<embed>"]);
  });
});

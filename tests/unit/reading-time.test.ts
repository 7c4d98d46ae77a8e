import { describe, expect, it } from "vitest";
import { readingMinutes, wordCount, WORDS_PER_MINUTE } from "../../src/lib/reading-time.ts";

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(" ");

describe("reading time", () => {
  it("counts words of the text, not of tags, entities or code", () => {
    expect(wordCount("<p>Satu <strong>dua</strong> tiga&nbsp;&amp;</p><pre><code>SELECT * FROM x;</code></pre>")).toBe(3);
  });

  it("rounds to whole minutes and never says zero", () => {
    expect(readingMinutes("<p>halo</p>")).toBe(1);
    expect(readingMinutes(`<p>${words(WORDS_PER_MINUTE * 5)}</p>`)).toBe(5);
    expect(readingMinutes(`<p>${words(WORDS_PER_MINUTE * 5 + WORDS_PER_MINUTE / 2 + 1)}</p>`)).toBe(6);
  });
});

/** The brand's one source: the stylesheet's tokens, read for the drawings the CSS cannot reach. */
import { describe, expect, it } from "vitest";
import { rootTokens } from "../../src/build/brand.ts";

describe("rootTokens", () => {
  it("reads the custom properties of the first :root block only, comments and other properties aside", () => {
    const css = `/* --bg: #000; */\n:root {\n  color-scheme: light dark;\n  --bg: #fff;\n  /* note */\n  --brand-strong:#083f80 ;\n}\n@media (prefers-color-scheme: dark) { :root { --bg: #111; } }`;
    expect(rootTokens(css)).toEqual({ bg: "#fff", "brand-strong": "#083f80" });
  });

  it("gives nothing for a stylesheet without :root", () => {
    expect(rootTokens("body { --bg: #fff; }")).toEqual({});
  });
});

/** The site's addresses, written once (src/lib/urls.ts). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blogPageUrl, filterUrl, postUrl, programUrl, tagUrl, URLS } from "../../src/lib/urls.ts";
import { ROOT } from "../helpers/site.ts";

describe("the site's addresses", () => {
  it("builds each kind of page's address from the fixed ones", () => {
    expect(postUrl("halo")).toBe(`${URLS.blog}halo/`);
    expect(blogPageUrl(0)).toBe(URLS.blog);
    expect(blogPageUrl(1)).toBe(`${URLS.blog}page/2/`);
    expect(tagUrl("back-end")).toBe(`${URLS.blog}tag/back-end/`);
    expect(programUrl("python")).toBe(`${URLS.catalog}python/`);
    expect(filterUrl("level", "pemula")).toBe(`${URLS.catalog}level/pemula/`);
    for (const url of Object.values(URLS)) expect(url).toMatch(/^\/([\w-]+\/)?$/);
  });

  it("are written nowhere else: no template or module spells one out (comments aside)", () => {
    const spelled = new RegExp(
      `["'(=\`](?:${Object.values(URLS)
        .filter((u) => u !== "/")
        .join("|")})`,
    );
    const files = ["_includes", "src"].flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
        .filter((f) => /\.(njk|ts)$/.test(f) && !f.startsWith("posts/"))
        .map((f) => join(dir, f)),
    );
    expect(files).toContain("_includes/partials/header.njk");
    const offending = files
      .filter((f) => f !== "src/lib/urls.ts")
      .flatMap((f) =>
        readFileSync(join(ROOT, f), "utf8")
          .split("\n")
          .filter((line) => !/^\s*(\*|\/\/|\/\*\*|\{#)/.test(line) && spelled.test(line))
          .map((line) => `${f}: ${line.trim().slice(0, 100)}`),
      );
    expect(offending).toEqual([]);
  });
});

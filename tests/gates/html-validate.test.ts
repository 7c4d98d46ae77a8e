/** Gate: every page of each built site is valid HTML (html-validate). */
import { describe, expect, it } from "vitest";
import { gateSites } from "../helpers/gate-sites.ts";
import { htmlFiles, read } from "../helpers/dist.ts";
import { htmlProblems } from "../helpers/html-validate.ts";

describe.each(await gateSites())("$name", ({ name, dist }) => {
  it("finds zero errors on every page", async () => {
    const pages = await htmlFiles(dist);
    const problems: string[] = [];
    for (const file of pages) problems.push(...(await htmlProblems(await read(dist, file), file)));
    console.log(`[html-validate] ${name}: ${pages.length} pages, ${problems.length} problems`);
    expect(pages.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

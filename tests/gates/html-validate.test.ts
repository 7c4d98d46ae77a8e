/** Gate: every page of the production build is valid HTML (html-validate). */
import { expect, inject, it } from "vitest";
import { htmlFiles, read } from "../helpers/dist.ts";
import { htmlProblems } from "../helpers/html-validate.ts";

it("finds zero errors on every page", async () => {
  const dist = inject("dist");
  const pages = await htmlFiles(dist);
  const problems: string[] = [];
  for (const file of pages) problems.push(...(await htmlProblems(await read(dist, file), file)));
  console.log(`[html-validate] ${pages.length} pages, ${problems.length} problems`);
  expect(pages.length).toBeGreaterThan(8);
  expect(problems).toEqual([]);
});

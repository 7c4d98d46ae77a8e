/** Gate: every page of the production build is valid HTML (html-validate). */
import { HtmlValidate } from "html-validate";
import { expect, inject, it } from "vitest";
import { htmlFiles, read } from "../helpers/dist.ts";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Style choices, both valid HTML: the minifier's short doctype, and
    // heading ids such as "1-bahasa-pemrograman" (HTML5 allows a leading digit).
    "doctype-style": ["error", { style: "lowercase" }],
    "valid-id": ["error", { relaxed: true }],
  },
});

it("finds zero errors on every page", async () => {
  const dist = inject("dist");
  const pages = await htmlFiles(dist);
  const problems: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(await read(dist, file), file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  console.log(`[html-validate] ${pages.length} pages, ${problems.length} problems`);
  expect(pages.length).toBeGreaterThan(8);
  expect(problems).toEqual([]);
});

/** The site's html-validate rules, shared by the gate and the build tests. */
import { HtmlValidate } from "html-validate";

export const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Style choices, both valid HTML: the minifier's short doctype, and
    // heading ids such as "1-bahasa-pemrograman" (HTML5 allows a leading digit).
    "doctype-style": ["error", { style: "lowercase" }],
    "valid-id": ["error", { relaxed: true }],
  },
});

/** Every problem html-validate finds in one page, one line each. */
export async function htmlProblems(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) => result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

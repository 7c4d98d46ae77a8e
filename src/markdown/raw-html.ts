/**
 * A markdown-it rule: raw HTML in an article that the site's CSP would
 * block (src/lib/raw-html.ts) fails the build, naming the file and the line,
 * instead of reaching the page and failing there without a word.
 */
import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import { rawHtmlProblems } from "../lib/raw-html.ts";
import { articlePath, failAt, locatedTokens } from "./source.ts";

function checkRawHtml(state: StateCore): void {
  if (!articlePath(state)) return;
  const problems = [...locatedTokens(state.tokens)]
    .filter(({ token }) => token.type === "html_block" || token.type === "html_inline")
    .flatMap(({ token, line }) => rawHtmlProblems(token.content).map((p) => ({ line, ...p })));
  failAt(state, "raw HTML", problems);
}

export default function markdownRawHtml(md: MarkdownIt): void {
  md.core.ruler.after("inline", "raw_html_check", (state) => checkRawHtml(state));
}

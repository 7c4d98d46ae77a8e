/**
 * A markdown-it rule: raw HTML in an article that the site's CSP would
 * block (src/lib/raw-html.ts) fails the build, naming the file and the line,
 * instead of reaching the page and failing there without a word.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import { rawHtmlProblems } from "../lib/raw-html.ts";
import { DataError } from "../lib/validation.ts";

/** Lines of the file above the markdown body (its front matter), so lines are the file's. */
function bodyOffset(inputPath: string, body: string): number {
  const text = readFileSync(inputPath, "utf8");
  const at = text.indexOf(body.slice(0, 200));
  return at < 0 ? 0 : text.slice(0, at).split("\n").length - 1;
}

function checkRawHtml(state: StateCore): void {
  const inputPath: string | undefined = state.env?.page?.inputPath;
  if (!inputPath) return; // markdown rendered outside a page (a filter): not an article body
  const found: { line: number; html: string }[] = [];
  // Some tokens (table cells, in some versions) carry no line: the nearest block's is used.
  let blockLine = 0;
  for (const token of state.tokens) {
    if (token.map) blockLine = token.map[0];
    if (token.type === "html_block") found.push({ line: blockLine, html: token.content });
    if (token.type !== "inline" || !token.children) continue;
    let line = blockLine;
    for (const child of token.children) {
      if (child.type === "softbreak" || child.type === "hardbreak") line++;
      if (child.type === "html_inline") found.push({ line, html: child.content });
    }
  }
  if (found.length === 0) return;
  const file = relative(process.cwd(), inputPath);
  const offset = bodyOffset(inputPath, state.src);
  const messages = found.flatMap(({ line, html }) => rawHtmlProblems(html).map((p) => `${file}, line ${offset + line + 1}: raw HTML: found ${p.found}; expected ${p.expected}`));
  if (messages.length) throw new DataError(messages.join("\n"));
}

export default function markdownRawHtml(md: MarkdownIt): void {
  md.core.ruler.after("inline", "raw_html_check", (state) => checkRawHtml(state));
}

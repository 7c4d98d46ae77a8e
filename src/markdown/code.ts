/**
 * markdown-it plugin for code blocks: each sits in a frame with an optional
 * file name (```js title="server.js") and a "Salin" (copy) button that the
 * article script reveals (src/client/lib/code-copy.ts); the code reads the
 * same without script. The block scrolls sideways inside itself, so a
 * keyboard must be able to reach it (WCAG 2.1.1).
 */
import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import { articlePath, failAt } from "./source.ts";

/** What may follow the language in a fence's first line. */
const TITLE = /^title="([^"]+)"$/;
const TITLE_EXPECTED = 'nothing, or a file name: ```js title="server.js"';

/** The file name a fence's info carries, or null; throws nothing, see checkFences. */
const fileName = (info: string) => info.trim().split(/\s+/).slice(1).join(" ").match(TITLE)?.[1] ?? null;

function checkFences(state: StateCore): void {
  if (!articlePath(state)) return;
  const problems = state.tokens
    .filter((t) => t.type === "fence" && t.info.trim().split(/\s+/).length > 1 && fileName(t.info) === null)
    .map((t) => ({ line: t.map?.[0] ?? 0, found: JSON.stringify(t.info.trim()), expected: `a language, then ${TITLE_EXPECTED}` }));
  failAt(state, "code block", problems);
}

export default function markdownCode(md: MarkdownIt): void {
  md.core.ruler.after("block", "code_fence_check", (state) => checkFences(state));
  for (const rule of ["fence", "code_block"] as const) {
    const render = md.renderer.rules[rule]!;
    md.renderer.rules[rule] = (tokens, i, ...rest) => {
      const pre = render(tokens, i, ...rest).replace(/^<pre(?![^>]*\btabindex=)/, '<pre tabindex="0"');
      const file = rule === "fence" ? fileName(tokens[i]!.info) : null;
      const name = file ? `<span class="code-file">${md.utils.escapeHtml(file)}</span>` : "";
      const label = file ? `Salin kode ${md.utils.escapeHtml(file)}` : "Salin kode";
      return `<div class="code-block"><div class="code-head">${name}<button type="button" class="code-copy needs-js" data-copy-snippet aria-label="${label}">Salin</button></div>${pre}</div>\n`;
    };
  }
}

/**
 * markdown-it plugin: a table of contents of the h2/h3 headings, placed
 * before the first h2, linking to the ids that markdown-it-anchor set.
 */
import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";

interface Entry {
  level: 2 | 3;
  id: string;
  title: string;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function renderToc(entries: readonly Entry[], label = "Daftar Isi"): string {
  let html = "";
  let open = false; // an h3 sub-list is open
  entries.forEach((entry, i) => {
    const link = `<a href="#${escape(entry.id)}">${escape(entry.title)}</a>`;
    if (entry.level === 3 && i > 0) {
      html += (open ? "</li>" : "<ol>") + `<li>${link}`;
      open = true;
      return;
    }
    if (open) html += "</li></ol>";
    open = false;
    html += (i > 0 ? "</li>" : "") + `<li>${link}`;
  });
  if (open) html += "</li></ol>";
  return `<nav class="toc" aria-label="${label}" data-pagefind-ignore><details><summary>${label}</summary><ol>${html}</li></ol></details></nav>\n`;
}

/** A heading's words as a reader sees them: `code` and *emphasis* without their markdown. */
function plainText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .map((t) => (t.type === "text" || t.type === "code_inline" ? t.content : t.type === "softbreak" ? " " : ""))
    .join("");
}

export default function markdownToc(md: MarkdownIt, { minEntries = 2 } = {}): void {
  md.core.ruler.push("toc", (state: StateCore) => {
    const entries: Entry[] = [];
    let firstH2 = -1;
    state.tokens.forEach((token, i) => {
      if (token.type !== "heading_open" || (token.tag !== "h2" && token.tag !== "h3")) return;
      const id = token.attrGet("id");
      if (!id) return;
      if (token.tag === "h2" && firstH2 < 0) firstH2 = i;
      entries.push({ level: token.tag === "h2" ? 2 : 3, id, title: plainText(state.tokens[i + 1]) });
    });
    if (entries.length < minEntries || firstH2 < 0) return;
    const toc = new state.Token("html_block", "", 0);
    toc.content = renderToc(entries);
    state.tokens.splice(firstH2, 0, toc);
  });
}

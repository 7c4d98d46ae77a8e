/**
 * Callouts, written as GitHub writes them (markdown-it-github-alerts):
 *
 *   > [!WARNING]
 *   > Cadangkan basis data sebelum migrasi.
 *
 * rendered as a note with an Indonesian label; `> [!TIP] Judul sendiri`
 * replaces the label. An unknown kind fails the build.
 */
import type MarkdownIt from "markdown-it";
import githubAlerts from "markdown-it-github-alerts";
import { articlePath, failAt } from "./source.ts";

/** The kinds GitHub knows, with the label readers see. */
export const CALLOUT_LABELS: Record<string, string> = {
  note: "Catatan",
  tip: "Tips",
  important: "Penting",
  warning: "Peringatan",
  caution: "Awas",
};

export default function markdownCallouts(md: MarkdownIt): void {
  // Every [!KIND] is taken, so that a misspelt one can be named instead of shown as text.
  md.use(githubAlerts, { markers: "*", titles: CALLOUT_LABELS, icons: {} });
  md.core.ruler.after("github-alerts", "callout_check", (state) => {
    if (!articlePath(state)) return;
    const problems = state.tokens
      .filter((t) => t.type === "alert_open" && !(t.meta.type in CALLOUT_LABELS))
      .map((t) => ({
        line: t.map?.[0] ?? 0,
        found: `[!${t.meta.type.toUpperCase()}]`,
        expected: `one of ${Object.keys(CALLOUT_LABELS)
          .map((k) => `[!${k.toUpperCase()}]`)
          .join(", ")}`,
      }));
    failAt(state, "callout", problems);
  });
  md.renderer.rules.alert_open = (tokens, i) => {
    const { type, title } = tokens[i]!.meta as { type: string; title: string };
    return `<div class="callout callout-${type}" role="note"><p class="callout-title">${md.utils.escapeHtml(title)}</p>\n`;
  };
  md.renderer.rules.alert_close = () => "</div>\n";
}

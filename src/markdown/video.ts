/**
 * markdown-it plugin: a YouTube link alone on its line becomes a facade, the
 * video's title over a drawn poster, that asks nothing of YouTube until the
 * reader clicks; then src/client/lib/video.ts swaps in the player from
 * youtube-nocookie.com. Without JavaScript it is a plain link to the video.
 * A bare address (no title to show) fails the build.
 */
import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";
import { VIDEO_LINK } from "../lib/raw-html.ts";
import { playerUrl, watchUrl, youtubeVideo, type Video } from "../lib/youtube.ts";
import { articlePath, failAt } from "./source.ts";

/** Pages whose HTML holds this carry the CSP that allows the player (see seo.ts). */
export const VIDEO_MARKER = "data-video-embed=";

const meaningful = (children: readonly Token[]) =>
  children.filter((c) => c.type !== "softbreak" && !(c.type === "text" && c.content.trim() === ""));

function videos(state: StateCore): void {
  if (!articlePath(state)) return;
  const problems: { line: number; found: string; expected: string }[] = [];
  const tokens = state.tokens;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const inline = tokens[i]!;
    if (tokens[i - 1]!.type !== "paragraph_open" || inline.type !== "inline") continue;
    const parts = meaningful(inline.children ?? []);
    const [first, ...rest] = parts;
    const last = parts.at(-1);
    const line = inline.map?.[0] ?? 0;
    if (parts.length === 1 && first!.type === "text" && youtubeVideo(first!.content.trim())) {
      problems.push({
        line,
        found: `a YouTube address without a title (${first!.content.trim()})`,
        expected: `its title as a link: ${VIDEO_LINK}`,
      });
      continue;
    }
    if (first?.type !== "link_open" || last?.type !== "link_close" || rest.slice(0, -1).some((t) => t.type === "link_open")) continue;
    const video = youtubeVideo(first.attrGet("href") ?? "");
    if (!video) continue;
    const title = rest
      .slice(0, -1)
      .map((t) => t.content)
      .join("")
      .trim();
    if (first.markup === "autolink" || first.markup === "linkify" || title === "") {
      problems.push({
        line,
        found: `a YouTube link without a title (${first.attrGet("href")})`,
        expected: `its title as the link's text: ${VIDEO_LINK}`,
      });
      continue;
    }
    const token = new state.Token("video", "", 0);
    token.block = true;
    token.map = inline.map;
    token.meta = { video, title };
    tokens.splice(i - 1, 3, token);
  }
  failAt(state, "video", problems);
}

export function renderVideo(video: Video, title: string, escape: (s: string) => string): string {
  return (
    `<figure class="video"><a class="video-facade" href="${escape(watchUrl(video))}" ${VIDEO_MARKER}"${escape(playerUrl(video))}">` +
    `<span class="video-play" aria-hidden="true"></span><span class="video-title">${escape(title)}</span> ` +
    `<span class="video-note" data-play="Putar video">Tonton di YouTube</span></a></figure>\n`
  );
}

export default function markdownVideo(md: MarkdownIt): void {
  md.core.ruler.after("inline", "videos", (state) => videos(state));
  md.renderer.rules.video = (tokens, i) => renderVideo(tokens[i]!.meta.video, tokens[i]!.meta.title, md.utils.escapeHtml);
}

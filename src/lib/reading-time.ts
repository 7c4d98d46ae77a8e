/** Reading time of an article, from its HTML. Pure. */

/** Average silent reading speed for Indonesian prose, words per minute. */
export const WORDS_PER_MINUTE = 200;

export function wordCount(html: string): number {
  const text = html
    .replace(/<(pre|script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, " ");
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes, at least one: "5 menit baca". */
export function readingMinutes(html: string): number {
  return Math.max(1, Math.round(wordCount(html) / WORDS_PER_MINUTE));
}

/** The search page's words and timing, without the DOM: tested in tests/unit/search-view.test.ts. */
export interface Result {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** "3 hasil untuk “docker”", announced to screen readers. */
export const resultCountText = (count: number, query: string) =>
  count === 0 ? `Tidak ada hasil untuk “${query}”` : `${count} hasil untuk “${query}”`;

/** Pagefind's excerpt is escaped text with <mark> around matches: nothing else may pass. */
export const excerptHtml = (excerpt: string) => excerpt.replace(/<(?!\/?mark>)/g, "&lt;");

/** Calls `fn` once typing pauses for `ms`. */
export function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

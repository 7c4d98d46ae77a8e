/** The search page's words and timing, without the DOM: tested in tests/unit/search-view.test.ts. */
export interface Result {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

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

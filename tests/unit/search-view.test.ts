/** The search page's timing, the one piece of HTML it takes from Pagefind, and how the scripts fill in the page's words. */
import { describe, expect, it, vi } from "vitest";
import { debounce, excerptHtml } from "../../src/client/lib/search-view.ts";
import { words } from "../../src/client/lib/words.ts";

describe("search page helpers", () => {
  it("fills in a text the page gives, by name, each placeholder as often as it appears", () => {
    const status = { dataset: { some: "{count} hasil untuk “{query}” ({count})", none: "Tidak ada hasil" } } as unknown as HTMLElement;
    expect(words(status, "some", { count: 3, query: "docker" })).toBe("3 hasil untuk “docker” (3)");
    expect(words(status, "none")).toBe("Tidak ada hasil");
  });

  it("lets only <mark> through from an excerpt", () => {
    expect(excerptHtml("Belajar <mark>Docker</mark> &amp; <img src=x onerror=alert(1)>")).toBe(
      "Belajar <mark>Docker</mark> &amp; &lt;img src=x onerror=alert(1)>",
    );
  });

  it("searches once typing pauses", ({ onTestFinished }) => {
    vi.useFakeTimers();
    // Real timers again even if this fails: the next file runs in the same process.
    onTestFinished(() => void vi.useRealTimers());
    const fn = vi.fn();
    const later = debounce(fn, 250);
    later();
    later();
    vi.advanceTimersByTime(249);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

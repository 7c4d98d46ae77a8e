/** The search page's words, and the one piece of HTML it takes from Pagefind. */
import { describe, expect, it, vi } from "vitest";
import { debounce, excerptHtml, resultCountText } from "../../src/client/lib/search-view.ts";

describe("search page helpers", () => {
  it("announces the count, or that nothing matched", () => {
    expect(resultCountText(3, "docker")).toBe("3 hasil untuk “docker”");
    expect(resultCountText(0, "qwz")).toBe("Tidak ada hasil untuk “qwz”");
  });

  it("lets only <mark> through from an excerpt", () => {
    expect(excerptHtml("Belajar <mark>Docker</mark> &amp; <img src=x onerror=alert(1)>")).toBe(
      "Belajar <mark>Docker</mark> &amp; &lt;img src=x onerror=alert(1)>",
    );
  });

  it("searches once typing pauses", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const later = debounce(fn, 250);
    later();
    later();
    vi.advanceTimersByTime(249);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});

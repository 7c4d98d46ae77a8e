/** YouTube addresses as authors paste them. */
import { describe, expect, it } from "vitest";
import { playerUrl, watchUrl, youtubeVideo } from "../../src/lib/youtube.ts";

describe("youtubeVideo", () => {
  it("reads the id from every form YouTube shares", () => {
    const id = "dQw4w9WgXcQ";
    for (const address of [
      `https://www.youtube.com/watch?v=${id}`,
      `https://youtube.com/watch?feature=shared&v=${id}`,
      `https://m.youtube.com/watch?v=${id}`,
      `https://youtu.be/${id}?si=abc`,
      `https://www.youtube.com/embed/${id}`,
      `https://www.youtube-nocookie.com/embed/${id}`,
      `https://www.youtube.com/shorts/${id}`,
      `https://www.youtube.com/live/${id}`,
    ])
      expect(youtubeVideo(address), address).toEqual({ id, start: 0 });
  });

  it("keeps the start time, in seconds", () => {
    expect(youtubeVideo("https://youtu.be/dQw4w9WgXcQ?t=90")?.start).toBe(90);
    expect(youtubeVideo("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s")?.start).toBe(90);
    expect(youtubeVideo("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1h0m5s")?.start).toBe(3605);
    expect(youtubeVideo("https://www.youtube.com/embed/dQw4w9WgXcQ?start=42")?.start).toBe(42);
  });

  it("is null for anything but one video", () => {
    for (const address of [
      "https://www.youtube.com/@kelasit",
      "https://www.youtube.com/playlist?list=PL123",
      "https://www.youtube.com/watch?v=pendek",
      "https://vimeo.com/123456",
      "https://youtube.com.example.net/watch?v=dQw4w9WgXcQ",
      "javascript:alert(1)",
      "/blog/",
    ])
      expect(youtubeVideo(address), address).toBeNull();
  });
});

describe("addresses made from a video", () => {
  it("links readers to YouTube and starts the player from youtube-nocookie.com, at the same moment", () => {
    expect(watchUrl({ id: "dQw4w9WgXcQ", start: 0 })).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    expect(watchUrl({ id: "dQw4w9WgXcQ", start: 90 })).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s");
    expect(playerUrl({ id: "dQw4w9WgXcQ", start: 90 })).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90");
  });
});

/**
 * YouTube addresses as authors paste them, reduced to what the site needs:
 * the video's id and start time, the link for readers without JavaScript,
 * and the privacy-friendly player address (youtube-nocookie.com), which is
 * the only frame the articles' Content-Security-Policy allows.
 */
export interface Video {
  id: string;
  /** Seconds from the start, or 0. */
  start: number;
}

export const PLAYER_ORIGIN = "https://www.youtube-nocookie.com";

const HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "youtube-nocookie.com", "www.youtube-nocookie.com"]);
const ID = /^[A-Za-z0-9_-]{11}$/;

/** `90`, `90s`, `1m30s`, `1h2m3s` → seconds; anything else → 0. */
function seconds(t: string | null): number {
  const parts = t?.match(/^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/);
  if (!t || !parts) return 0;
  return Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
}

/** The video a YouTube address shows, or null for any other address (a channel, a playlist, another site). */
export function youtubeVideo(address: string): Video | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (!HOSTS.has(url.hostname) || !/^https?:$/.test(url.protocol)) return null;
  const path = url.pathname.split("/").filter(Boolean);
  const id =
    url.hostname === "youtu.be"
      ? path[0]
      : path[0] === "watch"
        ? url.searchParams.get("v")
        : ["embed", "shorts", "live"].includes(path[0] ?? "")
          ? path[1]
          : null;
  if (!id || !ID.test(id)) return null;
  return { id, start: seconds(url.searchParams.get("t") ?? url.searchParams.get("start")) };
}

/** Where readers without JavaScript watch it. */
export const watchUrl = (video: Video) => `https://www.youtube.com/watch?v=${video.id}${video.start ? `&t=${video.start}s` : ""}`;

/** The player, started by the reader's click. */
export const playerUrl = (video: Video) => `${PLAYER_ORIGIN}/embed/${video.id}?autoplay=1${video.start ? `&start=${video.start}` : ""}`;

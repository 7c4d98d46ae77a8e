/**
 * Video facades: nothing is asked of YouTube until the reader clicks; then
 * the player from youtube-nocookie.com takes the facade's place and starts.
 * A click with a modifier (new tab, new window) is left to the link.
 */
export function initVideos(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-video-embed]")) {
    const note = link.querySelector<HTMLElement>(".video-note")!;
    note.textContent = note.dataset.play!;
    link.addEventListener("click", (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const player = document.createElement("iframe");
      player.src = link.dataset.videoEmbed!;
      player.title = link.querySelector(".video-title")!.textContent!;
      player.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      player.allowFullscreen = true;
      // YouTube's player refuses to run without knowing the embedding site.
      player.referrerPolicy = "strict-origin-when-cross-origin";
      link.replaceWith(player);
      player.focus();
    });
  }
}

/**
 * "Salin" on code blocks: copies the code as written (its text, without
 * the highlighting's markup), says so on the button for a moment and to
 * screen readers through one status region.
 */
import { copyAndSay } from "./clipboard.ts";

export function initCodeCopy(): void {
  // The article's status region, with the words for both (_includes/layouts/post.njk).
  const status = document.querySelector<HTMLElement>("[data-code-status]")!;
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy-snippet]")) {
    const label = button.textContent!;
    button.classList.remove("needs-js");
    button.onclick = async () => {
      const block = button.closest(".code-block")!;
      const ok = await copyAndSay(block.querySelector("code") ?? block.querySelector("pre")!, status);
      button.textContent = status.dataset[ok ? "buttonOk" : "buttonFail"]!;
      setTimeout(() => (button.textContent = label), 2000);
    };
  }
}

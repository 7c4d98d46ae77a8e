/** "Salin tautan": copies the article's address; shown only when it can work. */
import { copyAndSay } from "./clipboard.ts";

export function initShareLink(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy-link]")) {
    const section = button.closest("section")!;
    button.classList.remove("needs-js");
    button.onclick = async () => {
      await copyAndSay(section.querySelector("[data-link]")!, section.querySelector("[role=status]")!);
    };
  }
}

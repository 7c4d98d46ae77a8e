/** "Salin tautan": copies the article's address; shown only when it can work. */
import { copyText } from "./clipboard.ts";

export function initShareLink(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy-link]")) {
    const section = button.closest("section")!;
    button.classList.remove("needs-js");
    button.onclick = async () => {
      const ok = await copyText(section.querySelector("[data-link]")!);
      section.querySelector("[role=status]")!.textContent = ok ? "Tautan disalin" : "Gagal menyalin tautan";
    };
  }
}

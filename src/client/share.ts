/** "Salin tautan": copies the article's address; shown only when it can work. */
import { copyText } from "./lib/clipboard.ts";

for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy-link]")) {
  const status = button.closest("section")?.querySelector<HTMLElement>("[role=status]");
  button.hidden = false;
  button.addEventListener("click", async () => {
    const ok = await copyText(button.dataset.copyLink ?? location.href);
    if (status) status.textContent = ok ? "Tautan disalin" : "Gagal menyalin tautan";
  });
}

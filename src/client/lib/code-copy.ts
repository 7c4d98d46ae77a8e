/**
 * "Salin" on code blocks: copies the code as written (its text, without
 * the highlighting's markup), says so on the button for a moment and to
 * screen readers through one status region.
 */
import { copyText } from "./clipboard.ts";

export function initCodeCopy(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>("[data-copy-snippet]");
  if (buttons.length === 0) return;
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.append(status);
  for (const button of buttons) {
    button.classList.remove("needs-js");
    button.onclick = async () => {
      const ok = await copyText(
        button.closest(".code-block")!.querySelector("code") ?? button.closest(".code-block")!.querySelector("pre")!,
      );
      status.textContent = ok ? "Kode disalin" : "Gagal menyalin kode";
      button.textContent = ok ? "Disalin" : "Gagal";
      setTimeout(() => (button.textContent = "Salin"), 2000);
    };
  }
}

/**
 * On every page: the header's cart count and the "Tambah ke keranjang"
 * buttons. Program ids the build knows come from the header link.
 */
import { loadCart, onCartChange, saveCart } from "./lib/cart-store.ts";

const link = document.querySelector<HTMLElement>("[data-cart-link]")!;
const known = new Set(link.dataset.known!.split(" ").filter(Boolean));
const isKnown = (id: string) => known.has(id);

function render(): void {
  const { ids } = loadCart(isKnown);
  link.querySelector("[data-cart-count]")!.textContent = String(ids.length);
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-add-to-cart]")) {
    button.classList.remove("needs-js");
    const inCart = ids.includes(button.dataset.addToCart!);
    // The page's own label is the one to add with (those a promo's change puts on the page too).
    button.dataset.add ??= button.textContent!;
    button.textContent = button.dataset[inCart ? "added" : "add"]!;
    button.disabled = inCart;
  }
}

// One listener for every button, those a promo's change puts on the page later too.
document.addEventListener("click", (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>("[data-add-to-cart]");
  if (!button) return;
  saveCart([...loadCart(isKnown).ids, button.dataset.addToCart!]);
  render();
});
render();
onCartChange(render);
// The cart page changes the cart in this tab too; the countdown puts new buttons on the page at a promo's end.
addEventListener("cartchange", render);

/**
 * /keranjang/: the items, subtotal, promo discount and total, computed in
 * whole rupiah at the visitor's time with the build's current prices, and
 * recomputed at the promo's boundaries and when another tab changes the cart.
 */
import { checkoutHref, priceCart, type CartCourse, type CartPromo } from "../lib/cart.ts";
import type { CartWhatsapp } from "../lib/catalog-view.ts";
import { rupiah } from "../lib/money.ts";
import { orderMessage, whatsappHref } from "../lib/whatsapp.ts";
import { nextBoundary } from "../lib/promo-state.ts";
import { loadCart, onCartChange, saveCart } from "./lib/cart-store.ts";
import { serverNow, syncAfterLoad } from "./lib/server-clock.ts";
import { words } from "./lib/words.ts";

const data = JSON.parse(document.getElementById("cart-data")!.textContent!) as {
  courses: Record<string, CartCourse>;
  promo: CartPromo | null;
  checkoutUrl: string;
  whatsapp: CartWhatsapp | null;
};
const $ = <T extends HTMLElement>(name: string) => document.querySelector<T>(`[data-${name}]`)!;
const isKnown = (id: string) => id in data.courses;
let timer = 0;

function render(): void {
  const { ids, dropped } = loadCart(isKnown);
  const now = serverNow();
  const cart = priceCart(ids, data.courses, data.promo, now);

  $("cart-empty").hidden = cart.lines.length > 0;
  $("cart-filled").hidden = cart.lines.length === 0;
  const list = $("cart-items");
  list.replaceChildren(
    ...cart.lines.map((line) => {
      const item = document.createElement("li");
      const title = Object.assign(document.createElement("a"), { href: line.course.url, textContent: line.course.title });
      const price = document.createElement("span");
      price.className = "cart-price";
      price.textContent = line.discount ? `${rupiah(line.course.price)} → ${rupiah(line.total)}` : rupiah(line.total);
      const named = { title: line.course.title };
      const remove = Object.assign(document.createElement("button"), { type: "button", textContent: words(list, "remove") });
      remove.setAttribute("aria-label", words(list, "removeLabel", named));
      remove.onclick = () => {
        saveCart(loadCart(isKnown).ids.filter((id) => id !== line.id));
        $("cart-status").textContent = words($("cart-status"), "removed", named);
        changed();
      };
      item.append(title, price, remove);
      return item;
    }),
  );
  $("cart-subtotal").textContent = rupiah(cart.subtotal);
  $("cart-discount").textContent = `−${rupiah(cart.discount)}`;
  $("cart-code").textContent = cart.code ? `(${cart.code})` : "";
  for (const row of document.querySelectorAll<HTMLElement>("[data-cart-discount-row]")) row.hidden = cart.discount === 0;
  $("cart-total").textContent = rupiah(cart.total);
  $<HTMLAnchorElement>("checkout").href = checkoutHref(data.checkoutUrl, ids, cart.code);
  if (data.whatsapp) {
    const lines = cart.lines.map((line) => ({ title: line.course.title, price: rupiah(line.total) }));
    $<HTMLAnchorElement>("whatsapp").href = whatsappHref(
      data.whatsapp.number,
      orderMessage(data.whatsapp.words, lines, rupiah(cart.total), cart.code),
    );
  }
  if (dropped) {
    saveCart(ids);
    $("cart-status").textContent = words($("cart-status"), "dropped");
  }

  // The discount appears and disappears at the promo's exact boundaries.
  clearTimeout(timer);
  const next = data.promo && nextBoundary(data.promo, now);
  if (next) timer = window.setTimeout(render, next - now);
}

function changed(): void {
  render();
  dispatchEvent(new Event("cartchange"));
}

render();
syncAfterLoad(render);
onCartChange(render);
document.addEventListener("visibilitychange", () => document.hidden || render());

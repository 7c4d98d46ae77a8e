/**
 * The cart in localStorage: program ids only, repaired on every read (see
 * src/lib/cart.ts), in step across tabs through the `storage` event.
 */
import { repairCart } from "../../lib/cart.ts";

const KEY = "keranjang";

/**
 * The stored ids that `known` accepts. Only the cart page writes a repaired
 * list back, so it is also the page that tells the visitor what was dropped.
 */
export const loadCart = (known: (id: string) => boolean) => repairCart(localStorage.getItem(KEY), known);

export const saveCart = (ids: readonly string[]) => localStorage.setItem(KEY, JSON.stringify(ids));

/** Calls back when another tab changes the cart. */
export const onCartChange = (callback: () => void) =>
  addEventListener("storage", (event) => (event.key === KEY || event.key === null) && callback());

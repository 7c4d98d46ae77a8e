/**
 * What a promo takes off, decided once: which programs it discounts, and
 * their price then. Pure; the pages, the cart in the browser and the data
 * checks all ask here.
 */

/** A promo discounts the programs of its series. */
export const discounts = (promo: { series: string }, program: { series: string }) => promo.series === program.series;

/** The price during the promo: never below zero. */
export const promoPrice = (price: number, discount: number) => Math.max(0, price - discount);

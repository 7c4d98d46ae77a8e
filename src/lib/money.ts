/** Rupiah amounts, always whole numbers. Pure; shared by the build and the browser. */
const grouping = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

/** "Rp199.000" */
export const rupiah = (amount: number) => `Rp${grouping.format(amount)}`;

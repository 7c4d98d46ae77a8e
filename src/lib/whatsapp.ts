/**
 * The WhatsApp hand-off: plain https://wa.me/<number>?text=… links (no
 * script from WhatsApp), their messages in Indonesian, and the number as
 * visitors read it. Pure: the build and the cart page share it.
 */

/** A link that opens a chat with `number` (international, digits only), `text` typed in. */
export const whatsappHref = (number: string, text: string) => `https://wa.me/${number}?text=${encodeURIComponent(text)}`;

/** "6281234567890" → "+62 812-3456-7890"; another country's number as "+<digits>". */
export function phoneText(number: string): string {
  const local = number.match(/^62(\d{3})(\d{4})(\d+)$/);
  return local ? `+62 ${local[1]}-${local[2]}-${local[3]}` : `+${number}`;
}

/** A question about one program: its name and its address. */
export const askMessage = (site: string, program: { title: string; url: string }) =>
  `Halo ${site}, saya ingin bertanya tentang program "${program.title}" (${program.url}).`;

export interface OrderLine {
  title: string;
  /** What the visitor pays for it now: "Rp1.300.000" */
  price: string;
}

/** The order message's words, written by the build into the cart page's data: its bundle types none. */
export interface OrderWords {
  intro: string;
  total: string;
  code: string;
}

export const orderWords = (site: string): OrderWords => ({
  intro: `Halo ${site}, saya ingin memesan program berikut:`,
  total: "Total",
  code: "Kode promo",
});

/** An order: each program and its price now, the total, and the promo code while the promo discounts them. */
export function orderMessage(words: OrderWords, lines: readonly OrderLine[], total: string, code: string | null): string {
  return [
    words.intro,
    ...lines.map((line) => `- ${line.title}: ${line.price}`),
    `${words.total}: ${total}`,
    ...(code ? [`${words.code}: ${code}`] : []),
  ].join("\n");
}

export interface ContactView {
  email: string;
  whatsapp: { href: string; text: string } | null;
}

/** The footer's contact: the e-mail address and, when the site has one, the WhatsApp number. */
export function contactView(site: { contact?: { email: string; whatsapp?: string } | undefined }): ContactView | null {
  const contact = site.contact;
  if (!contact) return null;
  return {
    email: contact.email,
    whatsapp: contact.whatsapp ? { href: `https://wa.me/${contact.whatsapp}`, text: phoneText(contact.whatsapp) } : null,
  };
}

/** The schema of `_data/site.yaml`: settings that every page uses. */
import { IANAZone } from "luxon";
import { z } from "zod";
import { text } from "./schema-parts.ts";
import { URLS } from "./urls.ts";

const WHATSAPP_EXPECTED =
  'a WhatsApp number in international form, digits only, country code first, such as "6281234567890" (no +, spaces or leading 0)';

/** Digits as YAML reads them unquoted (a number) or quoted (a text): the same number to the site. */
const whatsappNumber = z.preprocess(
  (value) => (typeof value === "number" && Number.isSafeInteger(value) ? String(value) : value),
  z.string({ error: WHATSAPP_EXPECTED }).regex(/^[1-9]\d{7,14}$/, { error: WHATSAPP_EXPECTED }),
);

export const siteSchema = z.strictObject({
  name: text("the site's name, a non-empty text").describe("Shown in the header, the page titles and the feeds."),
  url: z
    .url({
      protocol: /^https$/,
      error: 'the absolute https address of the site, without a trailing slash, such as "https://www.example.id"',
    })
    .refine((u) => !u.endsWith("/"), { error: "the address without a trailing slash" })
    .describe("The public address of the site, https, without a trailing slash. Canonical links, feeds and the sitemap are built from it."),
  description: text("a one-sentence description of the site").describe("The home page's meta description and the feeds' subtitle."),
  language: z.literal("id", { error: 'the language code "id"' }).describe("The site is Indonesian. Do not change."),
  locale: z.literal("id_ID", { error: 'the Open Graph locale "id_ID"' }).describe("The site is Indonesian. Do not change."),
  timeZone: z
    .string()
    .refine((zone) => IANAZone.isValidZone(zone), {
      error: 'an IANA time zone name such as "Asia/Jakarta"',
    })
    .describe("Every date on the site is read and shown in this zone (WIB)."),
  author: text("the default author name").describe("Used for articles that do not name an author."),
  nav: z
    .array(z.strictObject({ label: text("a link label"), url: text(`a site path such as "${URLS.blog}"`) }), {
      error: "a list of { label, url } links",
    })
    .min(1, { error: "at least one navigation link" })
    .describe("The links in the header, in order."),
  contact: z
    .strictObject({
      email: z.email({ error: 'an email address such as "halo@example.id"' }).describe("The e-mail address shown in the footer."),
      whatsapp: whatsappNumber
        .describe(
          'The company\'s WhatsApp number in international form, digits only: 6281234567890 for 0812-3456-7890. Program pages ("Tanya via WhatsApp"), the cart ("Pesan via WhatsApp") and the footer link to it; left out, no WhatsApp link shows.',
        )
        .optional(),
    })
    .describe("How visitors reach the company, shown in the footer of every page.")
    .optional(),
});

export type Site = z.output<typeof siteSchema>;

/** The schema of `_data/site.yaml`: settings that every page uses. */
import { IANAZone } from "luxon";
import { z } from "zod";
import { text } from "./schema-parts.ts";

export const siteSchema = z.strictObject({
  name: text("the site's name, a non-empty text"),
  url: z
    .url({ protocol: /^https$/, error: 'the absolute https address of the site, without a trailing slash, such as "https://www.example.id"' })
    .refine((u) => !u.endsWith("/"), { error: "the address without a trailing slash" }),
  description: text("a one-sentence description of the site"),
  language: z.literal("id", { error: 'the language code "id"' }),
  locale: z.literal("id_ID", { error: 'the Open Graph locale "id_ID"' }),
  timeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), {
    error: 'an IANA time zone name such as "Asia/Jakarta"',
  }),
  author: text("the default author name"),
  nav: z
    .array(z.strictObject({ label: text("a link label"), url: text('a site path such as "/blog/"') }), {
      error: "a list of { label, url } links",
    })
    .min(1, { error: "at least one navigation link" }),
  contact: z.strictObject({ email: z.email({ error: 'an email address such as "halo@example.id"' }) }).optional(),
});

export type Site = z.output<typeof siteSchema>;

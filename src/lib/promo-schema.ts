/**
 * The schema of `_data/promos.yaml`: the single source of truth for promo
 * fields. It validates the file at build time and generates the JSON Schema
 * that editors use while authors type (src/schemas/promos.schema.json).
 * Checks that need the time zone (real calendar days, end after start,
 * overlaps) are in promos.ts.
 */
import { z } from "zod";
import { authorDate, id, rupiahAmount, text } from "./schema-parts.ts";

export { AUTHOR_DATE_EXPECTED } from "./schema-parts.ts";

export const promoSchema = z.strictObject({
  id: id("akhir-tahun-2025").describe("Unique name of the promo, never shown to visitors."),
  title: text("the promo's title, a non-empty text such as \"Diskon Special Akhir Tahun\"").describe("Title, shown large."),
  headline: text('a non-empty text such as "Upgrade Skill IT Sekarang"').describe("Headline; the discount is added after it."),
  discount: rupiahAmount("amount", 199000).describe("Discount in rupiah, a whole number: 199000 is shown as 199k and Rp199.000."),
  appliesTo: text('what the promo applies to, such as "program Complete Series"').describe("Shown in the fine print: *Khusus …"),
  series: text('the course series it discounts, as in _data/courses.yaml, such as "Complete Series"').describe(
    "The programs of _data/courses.yaml with this series get the discount.",
  ),
  code: z
    .string({ error: 'a promo code of capital letters and digits, such as "DEPLOYNOW"' })
    .regex(/^[A-Z0-9]{3,32}$/, { error: 'a promo code of 3 to 32 capital letters and digits, such as "DEPLOYNOW"' })
    .describe("The code visitors enter at checkout."),
  start: authorDate("First day (a date: from 00:00 in the site's time zone) or first instant (a date-time with offset)."),
  end: authorDate("Last day (a date: the whole day is included) or the instant it ends (a date-time with offset)."),
  cta: z
    .strictObject(
      {
        label: text('the button text, such as "Daftar Sekarang"').describe("Button text."),
        url: z
          .string({ error: 'a site path such as "/kelas/" or an https address' })
          .regex(/^(\/|https:\/\/)\S*$/, { error: 'a site path such as "/kelas/" or an https address' })
          .describe("Where the button leads."),
      },
      { error: "a call to action as { label, url }" },
    )
    .describe("The call to action button."),
});

export const promosFileSchema = z.strictObject({
  promos: z.array(promoSchema, { error: "a list of promos (it may be empty: promos: [])" }).describe("Every promo, past and future."),
});

export type PromoInput = z.output<typeof promoSchema>;

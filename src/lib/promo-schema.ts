/**
 * The schema of `_data/promos.yaml`: the single source of truth for promo
 * fields. It validates the file at build time and generates the JSON Schema
 * that editors use while authors type (src/schemas/promos.schema.json).
 * Checks that need the time zone (real calendar days, end after start,
 * overlaps) are in promos.ts.
 */
import { z } from "zod";
import { authorDate, id, rupiahAmount, text } from "./schema-parts.ts";
import { URLS } from "./urls.ts";

export { AUTHOR_DATE_EXPECTED } from "./schema-parts.ts";

export const promoSchema = z.strictObject({
  id: id("akhir-tahun-2025").describe('A short unique name (lowercase letters, digits and "-"); never shown to visitors.'),
  title: text('the promo\'s title, a non-empty text such as "Diskon Special Akhir Tahun"').describe(
    'The big title, such as "Diskon Special Akhir Tahun".',
  ),
  headline: text('a non-empty text such as "Upgrade Skill IT Sekarang"').describe(
    'The line under the title; the discount is added after it: "… Diskon 199k*".',
  ),
  discount: rupiahAmount("amount", 199000).describe(
    "The amount off in whole rupiah: 199000 is shown as 199k and Rp199.000. Below the price of every program it discounts.",
  ),
  appliesTo: text('what the promo applies to, such as "program Complete Series"').describe(
    "What the discount is for, shown in the fine print: *Khusus …",
  ),
  series: text('the course series it discounts, as in _data/courses.yaml, such as "Complete Series"').describe(
    "The programs it discounts: those of the catalog (_data/courses.yaml) with this series.",
  ),
  code: z
    .string({ error: 'a promo code of capital letters and digits, such as "DEPLOYNOW"' })
    .regex(/^[A-Z0-9]{3,32}$/, { error: 'a promo code of 3 to 32 capital letters and digits, such as "DEPLOYNOW"' })
    .describe("The code visitors enter at checkout: capital letters and digits."),
  start: authorDate("First day, from 00:00 in the site's time zone (WIB); or the first moment, with its offset."),
  end: authorDate("Last day, included until 23:59 WIB; or the moment it ends, with its offset. Not before the start."),
  cta: z
    .strictObject(
      {
        label: text('the button text, such as "Daftar Sekarang"').describe("Button text."),
        url: z
          .string({ error: `a site path such as "${URLS.catalog}" or an https address` })
          .regex(/^(\/|https:\/\/)\S*$/, { error: `a site path such as "${URLS.catalog}" or an https address` })
          .describe("Where the button leads."),
      },
      { error: "a call to action as { label, url }" },
    )
    .describe(`The button: its text, and where it leads (a site path such as ${URLS.catalog} or an https address).`),
});

/** Days before its start from which an upcoming promo is announced, when the file does not say. */
export const DEFAULT_ANNOUNCE_DAYS = 14;
const ANNOUNCE_EXPECTED = "a whole number of days from 1 to 90, such as 14";

export const promosFileSchema = z.strictObject({
  announceDays: z
    .number({ error: ANNOUNCE_EXPECTED })
    .int({ error: ANNOUNCE_EXPECTED })
    .min(1, { error: ANNOUNCE_EXPECTED })
    .max(90, { error: ANNOUNCE_EXPECTED })
    .describe(
      `How many days before its start an upcoming promo is announced (countdown, promo bar, prices); before that it is not mentioned. Default ${DEFAULT_ANNOUNCE_DAYS}. An ended promo is mentioned for 14 days after its end, then not at all.`,
    )
    .optional(),
  promos: z
    .array(promoSchema, { error: "a list of promos (it may be empty: promos: [])" })
    .describe(
      "Every promo, past and future. The site shows the one running now; else the next to start; else the last that ended. Periods must not overlap.",
    ),
});

export type PromoInput = z.output<typeof promoSchema>;

/**
 * The schema of `_data/courses.yaml`. Checks against the file's own lists
 * (levels, categories, skills) and unique ids are in courses.ts.
 */
import { z } from "zod";
import { id, rupiahAmount, text } from "./schema-parts.ts";
import { programUrl } from "./urls.ts";
const names = (what: string) => z.array(text(what), { error: `a list of ${what}s` }).min(1, { error: `at least one ${what}` });

export const courseSchema = z.strictObject({
  id: id("back-end-python").describe(`Unique name; the program's page is ${programUrl("<id>")}.`),
  title: text("the program's name, a non-empty text").describe("The program's name."),
  level: text("one of the levels listed in this file").describe("One of `levels`."),
  category: text("one of the categories listed in this file").describe("One of `categories`."),
  skills: names("skill").describe("Each one of `skills`."),
  price: rupiahAmount("price", 1499000).describe("The normal price in whole rupiah: 1499000."),
  series: text('the series, such as "Complete Series"').describe("A promo with the same `series` discounts this program."),
  description: text("one or two sentences about the program").describe("One or two sentences."),
  duration: text('how long it takes, such as "12 minggu"').describe("As visitors read it: 12 minggu."),
});

export const coursesFileSchema = z.strictObject({
  levels: names("level").describe("The allowed levels, in the order the filters show them. Add one here before a program uses it."),
  categories: names("category").describe(
    "The allowed categories, in the order the filters show them. Add one here before a program uses it.",
  ),
  skills: names("skill").describe("The allowed skills, in the order the filters show them. Add one here before a program uses it."),
  checkoutUrl: z
    .url({ protocol: /^https$/, error: "the https address of the payment page" })
    .describe('The payment page the cart hands off to ("Lanjut ke pembayaran"), with ?program=…&kode=… added.'),
  courses: z.array(courseSchema, { error: "a list of programs" }).describe("Every program of the catalog."),
});

export type CourseInput = z.output<typeof courseSchema>;
export type CoursesFile = z.output<typeof coursesFileSchema>;

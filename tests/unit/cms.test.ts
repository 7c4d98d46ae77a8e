/**
 * The CMS config is generated from the build's schemas: the committed file
 * is current, every rule of a schema reaches its field, and the date field
 * and the data files' key order do what the forms promise.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { cmsConfig, cmsConfigYaml } from "../../src/cms/config.ts";
import { dataFileText, inFieldOrder } from "../../src/cms/field-order.ts";
import { fieldsOf, type CmsField } from "../../src/cms/fields.ts";
import { fromParts, toParts } from "../../src/cms/site-date.ts";
import { coursesFileSchema } from "../../src/lib/course-schema.ts";
import { postSchema } from "../../src/lib/post-schema.ts";
import { promoSchema, promosFileSchema } from "../../src/lib/promo-schema.ts";
import { authorDate, id, rupiahAmount, text } from "../../src/lib/schema-parts.ts";

const committed = readFileSync(new URL("../../src/cms/config.yml", import.meta.url), "utf8");
const byName = (fields: readonly CmsField[], name: string) => fields.find((f) => f.name === name)!;
const files = cmsConfig().collections.flatMap((c) => c.files ?? []);
const form = (name: string) => files.find((f) => f.name === name)!.fields;

describe("the generated CMS config", () => {
  it("is the committed src/cms/config.yml (run `npm run schemas` after changing a schema or src/cms/config.ts)", () => {
    expect(committed).toBe(cmsConfigYaml());
  });

  it("has a field for every property of every schema, nested ones included", () => {
    const names = (schema: z.ZodObject): string[] => Object.keys(schema.shape);
    const promo = byName(form("promos"), "promos").fields as CmsField[];
    expect(promo.map((f) => f.name)).toEqual(names(promoSchema));
    expect(form("courses").map((f) => f.name)).toEqual(names(coursesFileSchema));
    const posts = cmsConfig().collections.find((c) => c.name === "posts")!;
    expect(posts.fields!.map((f) => f.name)).toEqual(expect.arrayContaining([...names(postSchema), "date", "updated", "body"]));
  });

  it("carries each rule of the schema: patterns with the build's words, whole rupiah, required and optional", () => {
    const promo = byName(form("promos"), "promos").fields as CmsField[];
    const code = byName(promo, "code");
    expect(new RegExp(code.pattern![0]).test("DEPLOYNOW")).toBe(true);
    expect(new RegExp(code.pattern![0]).test("deploynow")).toBe(false);
    expect(code.pattern![1]).toBe(promoSchema.shape.code.safeParse("").error!.issues[0]!.message);
    expect(byName(promo, "discount")).toMatchObject({ widget: "number", value_type: "int", min: 1 });
    expect(byName(promo, "start")).toMatchObject({ widget: "site-date" });
    expect(byName(promo, "end").required).toBeUndefined();
    const posts = cmsConfig().collections.find((c) => c.name === "posts")!.fields!;
    expect(byName(posts, "author").required).toBe(false);
    expect(byName(posts, "tags")).toMatchObject({ widget: "list", min: 1 });
  });

  it("offers a program's level, category and skills only from the lists in the catalog file", () => {
    const course = byName(form("courses"), "courses").fields as CmsField[];
    expect(byName(course, "level")).toMatchObject({ widget: "relation", collection: "catalog", file: "courses", value_field: "levels.*" });
    expect(byName(course, "category")).toMatchObject({ value_field: "categories.*" });
    expect(byName(course, "skills")).toMatchObject({ value_field: "skills.*", multiple: true });
  });

  it("turns a schema into fields by its kinds, for any schema built from the shared parts", () => {
    const schema = z.strictObject({
      slug: id("contoh-satu"),
      name: text("a name").describe("Shown large."),
      amount: rupiahAmount("amount", 5000).optional(),
      when: authorDate("When it starts."),
      labels: z.array(text("a label")).min(2),
      link: z.strictObject({ url: text("an address") }),
      on: z.boolean(),
    });
    expect(fieldsOf(schema)).toEqual([
      { name: "slug", label: "Slug", widget: "string", pattern: ["^[a-z0-9]+(-[a-z0-9]+)*$", expect.stringContaining('"contoh-satu"')] },
      { name: "name", label: "Name", hint: "Shown large.", widget: "string" },
      { name: "amount", label: "Amount", required: false, widget: "number", value_type: "int", min: 1, step: 1 },
      {
        name: "when",
        label: "When",
        hint: "When it starts.",
        widget: "site-date",
        pattern: [expect.any(String), expect.stringContaining("YYYY-MM-DD")],
      },
      { name: "labels", label: "Labels", widget: "list", field: { name: "labels", label: "Label", widget: "string" }, min: 2 },
      { name: "link", label: "Link", widget: "object", collapsed: false, fields: [{ name: "url", label: "Url", widget: "string" }] },
      { name: "on", label: "On", widget: "boolean" },
    ]);
    expect(() => fieldsOf(schema, { nmae: { label: "x" } })).toThrow("nmae");
  });
});

describe("the site's date field", () => {
  const zone = "Asia/Jakarta";

  it("keeps a calendar day a calendar day", () => {
    expect(toParts("2025-12-23", zone)).toEqual({ day: "2025-12-23", time: null });
    expect(fromParts({ day: "2025-12-23", time: null }, zone)).toBe("2025-12-23");
  });

  it("writes a set time with the site zone's offset, never UTC and never the browser's zone", () => {
    expect(fromParts({ day: "2025-12-23", time: "18:30" }, zone)).toBe("2025-12-23T18:30:00+07:00");
    expect(fromParts({ day: "2026-03-08", time: "02:30" }, "America/Los_Angeles")).toBe("2026-03-08T03:30:00-07:00");
  });

  it("shows a moment written with another offset in the site's zone", () => {
    expect(toParts("2025-12-23T02:00:00Z", zone)).toEqual({ day: "2025-12-23", time: "09:00" });
    expect(toParts("2025-12-23T09:00:15+07:00", zone)).toEqual({ day: "2025-12-23", time: "09:00:15" });
  });

  it("refuses what the schema refuses: an impossible day, a time without offset", () => {
    expect(toParts("2025-02-30", zone)).toBeNull();
    expect(toParts("2025-12-23T09:00", zone)).toBeNull();
    expect(fromParts({ day: "2025-02-30", time: null }, zone)).toBe("");
    expect(fromParts({ day: "", time: "09:00" }, zone)).toBe("");
  });
});

describe("data files written by the CMS", () => {
  const fields = fieldsOf(promosFileSchema);

  it("keep their keys in the form's order at every depth, unknown keys after", () => {
    const saved = { promos: [{ end: "2025-12-23", cta: { url: "/kelas/", label: "Daftar" }, extra: 1, id: "a", start: "2025-12-17" }] };
    const ordered = inFieldOrder(saved, fields) as typeof saved;
    expect(Object.keys(ordered.promos[0]!)).toEqual(["id", "start", "end", "cta", "extra"]);
    expect(Object.keys(ordered.promos[0]!.cta)).toEqual(["label", "url"]);
  });

  it("read back as the same data, dates still text", () => {
    const data = { promos: [{ id: "a", start: "2025-12-17", end: "2025-12-23T18:30:00+07:00", discount: 199000 }] };
    expect(parse(dataFileText(data, fields))).toEqual(data);
  });
});

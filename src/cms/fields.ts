/**
 * Decap CMS fields from the zod schemas the build validates with, so a rule
 * (required, pattern, whole rupiah, the words shown when a value is wrong)
 * is written once. Pure: no DOM, no Eleventy.
 */
import { z } from "zod";
import { AUTHOR_DATE_EXPECTED } from "../lib/schema-parts.ts";

/** A field of Decap's config.yml (only the options we generate). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  [option: string]: unknown;
}

/** Per-field choices the schema cannot make: another widget, its options, a hint of its own. */
export type Overrides = Record<string, Partial<CmsField> & { fields?: Overrides }>;

/** "appliesTo" → "Applies to". */
export const labelOf = (name: string) => {
  const words = name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** What the build says when this value is wrong: its own message for an empty text or a zero. */
function expected(schema: z.ZodType, empty: unknown): string | undefined {
  return schema.safeParse(empty).error?.issues[0]?.message;
}

type JsonSchema = { type?: string; pattern?: string; format?: string; exclusiveMinimum?: number; minimum?: number };

/** A date as the schema's authorDate() reads it: the site's own widget writes only those forms. */
const isAuthorDate = (schema: z.ZodType) => expected(schema, "") === AUTHOR_DATE_EXPECTED;

function leaf(schema: z.ZodType): Omit<CmsField, "name" | "label"> {
  const json = z.toJSONSchema(schema, { io: "input" }) as JsonSchema;
  if (json.type === "boolean") return { widget: "boolean" };
  if (json.type === "integer" || json.type === "number") {
    const min = json.exclusiveMinimum !== undefined ? json.exclusiveMinimum + 1 : json.minimum;
    return { widget: "number", value_type: json.type === "integer" ? "int" : "float", min, step: 1 };
  }
  if (isAuthorDate(schema)) return { widget: "site-date", pattern: [json.pattern!, AUTHOR_DATE_EXPECTED] };
  const message = expected(schema, "") ?? "a non-empty text";
  if (json.format === "uri") return { widget: "string", pattern: ["^https://\\S+$", message] };
  return { widget: "string", ...(json.pattern ? { pattern: [json.pattern, message] as [string, string] } : {}) };
}

/** The Decap field for one property of an object schema. */
export function fieldOf(name: string, property: z.ZodType, overrides: Overrides = {}): CmsField {
  const optional = property instanceof z.ZodOptional;
  const schema = (optional ? property.unwrap() : property) as z.ZodType;
  const { fields: inner, ...own } = overrides[name] ?? {};
  const base = {
    name,
    label: labelOf(name),
    ...(optional ? { required: false } : {}),
    ...(schema.description ? { hint: schema.description } : {}),
  };
  if (schema instanceof z.ZodObject)
    return { ...base, widget: "object", collapsed: false, fields: fieldsOf(schema, inner), ...own } as CmsField;
  if (schema instanceof z.ZodArray) {
    const element = schema.element as z.ZodType;
    const list =
      element instanceof z.ZodObject
        ? { widget: "list", fields: fieldsOf(element, inner) }
        : { widget: "list", field: { ...fieldOf(name, element), label: labelOf(name).replace(/s$/, "") } };
    const min = (z.toJSONSchema(schema, { io: "input" }) as { minItems?: number }).minItems;
    return { ...base, ...list, ...(min ? { min } : {}), ...own } as CmsField;
  }
  return { ...base, ...leaf(schema), ...own } as CmsField;
}

/** Every property of an object schema, in its order, as Decap fields. */
export function fieldsOf(schema: z.ZodObject, overrides: Overrides = {}): CmsField[] {
  const unknown = Object.keys(overrides).filter((name) => !(name in schema.shape));
  if (unknown.length) throw new Error(`CMS overrides for fields the schema does not have: ${unknown.join(", ")}`);
  return Object.entries(schema.shape).map(([name, property]) => fieldOf(name, property as z.ZodType, overrides));
}

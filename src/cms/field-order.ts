/**
 * Data files saved by the CMS keep their keys in the order of the form's
 * fields (the schema's order, as authors and reviewers read them), at every
 * depth: Decap orders only the top level, so a pull request would otherwise
 * show every promo reshuffled. Pure: no DOM.
 */
import { stringify } from "yaml";
import type { CmsField } from "./fields.ts";

/** _data/*.yaml as the build reads them (YAML 1.2: dates stay text), written in the form's field order (admin.ts). */
export const DATA_FORMAT = "data-yaml";

type Data = Record<string, unknown>;
const isObject = (value: unknown): value is Data => typeof value === "object" && value !== null && !Array.isArray(value);

/** `value` with its keys in `fields` order; keys no field names keep their place after them. */
export function inFieldOrder(value: unknown, fields: readonly CmsField[]): unknown {
  if (Array.isArray(value)) return value.map((item) => inFieldOrder(item, fields));
  if (!isObject(value)) return value;
  const known = fields.filter((f) => f.name in value);
  const rest = Object.keys(value).filter((key) => !fields.some((f) => f.name === key));
  const ordered: Data = {};
  for (const field of known) {
    const inner = (field.fields as CmsField[] | undefined) ?? [];
    ordered[field.name] = inner.length ? inFieldOrder(value[field.name], inner) : value[field.name];
  }
  for (const key of rest) ordered[key] = value[key];
  return ordered;
}

/** The YAML text of a data file, for the form whose top-level fields are `fields`. */
export const dataFileText = (data: Data, fields: readonly CmsField[]) => stringify(inFieldOrder(data, fields), { lineWidth: 0 });

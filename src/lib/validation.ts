/**
 * Turns schema failures into messages an author can act on: the file, the
 * item, the field, the value found and what is expected.
 */
import type { z } from "zod";

export class DataError extends Error {
  override name = "DataError";
}

/** How a found value is shown in a message. */
export function showValue(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
  if (typeof value === "string") return value.trim() === "" ? "an empty text" : JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export interface Problem {
  /** Where in the file, for example `promo "akhir-tahun" (#1)`; empty at top level. */
  item?: string;
  field: string;
  value: unknown;
  /** What was found, in words, where the value alone does not say it ("/images/a.png 500 px wide"). */
  found?: string;
  expected: string;
}

export function formatProblem(file: string, p: Problem): string {
  const where = p.item ? `${p.item}, ` : "";
  return `${file}: ${where}field "${p.field}": found ${p.found ?? showValue(p.value)}; expected ${p.expected}`;
}

export function fail(file: string, problems: readonly Problem[]): never {
  throw new DataError(problems.map((p) => formatProblem(file, p)).join("\n"));
}

/**
 * Parses `value` with `schema` or throws a DataError naming every problem.
 * `itemOf` names the list item a path points into, when there is one.
 */
export function parseOrFail<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  itemOf: (path: readonly PropertyKey[]) => { item?: string; fieldPath: readonly PropertyKey[] } = (path) => ({ fieldPath: path }),
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  fail(
    file,
    result.error.issues.flatMap((issue) => {
      // An unknown key is reported at the key itself: most often a misspelling.
      const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
      return paths.map((path) => {
        const { item, fieldPath } = itemOf(path);
        return {
          item,
          field: fieldPath.map(String).join(".") || "(whole file)",
          value: valueAt(value, path),
          expected: issue.code === "unrecognized_keys" ? "no such field here (check its spelling)" : issue.message,
        };
      });
    }),
  );
}

/**
 * For parseOrFail: names the list item a path points into, such as
 * `promo "akhir-tahun" (#2)`, and the field path within it.
 */
export function listItem(raw: unknown, listKey: string, noun: string) {
  return (path: readonly PropertyKey[]) => {
    if (path[0] !== listKey || typeof path[1] !== "number") return { fieldPath: path };
    const index = path[1];
    const id = (raw as Record<string, { id?: unknown }[] | undefined>)?.[listKey]?.[index]?.id;
    const item = typeof id === "string" && id ? `${noun} "${id}" (#${index + 1})` : `${noun} #${index + 1}`;
    return { item, fieldPath: path.slice(2) };
  };
}

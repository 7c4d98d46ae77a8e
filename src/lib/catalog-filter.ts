/**
 * Catalog filters: which programs match a selection, and the selection's
 * URL (/kelas/?level=pemula&skill=python). Pure; shared by the build and the
 * filter bundle. Within a group any value matches; all groups must match.
 */
export const GROUPS = ["level", "kategori", "skill"] as const;
export type Group = (typeof GROUPS)[number];
export type Selection = Record<Group, string[]>;
/** A program's values per group, as slugs. */
export type Facets = Record<Group, string[]>;

export const emptySelection = (): Selection => ({ level: [], kategori: [], skill: [] });

export function parseSelection(search: string): Selection {
  const params = new URLSearchParams(search);
  const selection = emptySelection();
  for (const group of GROUPS) selection[group] = [...new Set(params.getAll(group).flatMap((v) => v.split(",")).filter(Boolean))];
  return selection;
}

/** "?level=pemula&skill=python", or "" when nothing is selected. */
export function toQuery(selection: Selection): string {
  const params = new URLSearchParams();
  for (const group of GROUPS) for (const value of selection[group]) params.append(group, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function toggle(selection: Selection, group: Group, value: string): Selection {
  const values = selection[group];
  return { ...selection, [group]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value] };
}

export const matches = (facets: Facets, selection: Selection) =>
  GROUPS.every((group) => selection[group].length === 0 || selection[group].some((v) => facets[group].includes(v)));

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
  for (const group of GROUPS)
    selection[group] = [
      ...new Set(
        params
          .getAll(group)
          .flatMap((v) => v.split(","))
          .filter(Boolean),
      ),
    ];
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

export type FacetCounts = Record<Group, Record<string, number>>;

/**
 * How many programs each filter value would show next to the other groups'
 * selections. Values of one group add up (any of them matches), so a
 * value's count leaves its own group's selection out.
 */
export function facetCounts(programs: readonly Facets[], selection: Selection): FacetCounts {
  const counts: FacetCounts = { level: {}, kategori: {}, skill: {} };
  for (const group of GROUPS) {
    const others = { ...selection, [group]: [] };
    for (const facets of programs) {
      if (!matches(facets, others)) continue;
      for (const value of facets[group]) counts[group][value] = (counts[group][value] ?? 0) + 1;
    }
  }
  return counts;
}

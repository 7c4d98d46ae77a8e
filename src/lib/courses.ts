/**
 * From the validated catalog file to what pages show: each program with its
 * URL and filter slugs, and the filter values with their counts.
 */
import type { CourseInput, CoursesFile } from "./course-schema.ts";
import { emptySelection, facetCounts, type Facets, type Group } from "./catalog-filter.ts";
import { slug } from "./schema-parts.ts";
import { filterUrl, programUrl } from "./urls.ts";
import { fail, type Problem } from "./validation.ts";

export interface Course extends CourseInput {
  url: string;
  facets: Facets;
}

export interface FilterValue {
  name: string;
  slug: string;
  count: number;
}

export interface FilterGroup {
  group: Group;
  label: string;
  values: FilterValue[];
}

export interface Catalog {
  programs: Course[];
  filters: FilterGroup[];
  /** One pre-rendered page per filter value, for visitors without JavaScript. */
  filterPages: { group: Group; label: string; value: FilterValue; url: string }[];
  series: string[];
  checkoutUrl: string;
}

export function resolveCatalog(file: CoursesFile, fileName: string): Catalog {
  const problems: Problem[] = [];
  for (const list of ["levels", "categories", "skills"] as const) {
    const seen = new Set<string>();
    for (const value of file[list]) {
      if (seen.has(slug(value))) problems.push({ field: list, value, expected: "each value once" });
      seen.add(slug(value));
    }
  }
  const ids = new Map<string, number>();
  file.courses.forEach((course, i) => {
    const item = `program "${course.id}" (#${i + 1})`;
    const check = (field: string, value: string, list: string[], listName: string) => {
      if (!list.includes(value)) problems.push({ item, field, value, expected: `one of ${listName}: ${list.join(", ")}` });
    };
    check("level", course.level, file.levels, "levels");
    check("category", course.category, file.categories, "categories");
    course.skills.forEach((skill, s) => check(`skills.${s}`, skill, file.skills, "skills"));
    const first = ids.get(course.id);
    if (first !== undefined)
      problems.push({ item, field: "id", value: course.id, expected: `an id not already used by program #${first + 1}` });
    else ids.set(course.id, i);
  });
  if (problems.length) fail(fileName, problems);

  const courses: Course[] = file.courses.map((c) => ({
    ...c,
    url: programUrl(c.id),
    facets: { level: [slug(c.level)], kategori: [slug(c.category)], skill: c.skills.map(slug) },
  }));
  const totals = facetCounts(
    courses.map((c) => c.facets),
    emptySelection(),
  );
  const group = (g: Group, label: string, names: string[]): FilterGroup => ({
    group: g,
    label,
    values: names.map((name) => ({ name, slug: slug(name), count: totals[g][slug(name)] ?? 0 })),
  });
  const filters = [
    group("level", "Level", file.levels),
    group("kategori", "Kategori", file.categories),
    group("skill", "Skill", file.skills),
  ];
  return {
    programs: courses,
    filters,
    filterPages: filters.flatMap((f) =>
      f.values.map((value) => ({ group: f.group, label: f.label, value, url: filterUrl(f.group, value.slug) })),
    ),
    series: [...new Set(courses.map((c) => c.series))],
    checkoutUrl: file.checkoutUrl,
  };
}

/** `_data/courses.yaml` → the catalog: validated, with URLs and filter slugs (src/lib/courses.ts). */
import { coursesFileSchema } from "../lib/course-schema.ts";
import { resolveCatalog, type Catalog } from "../lib/courses.ts";
import { listItem, parseOrFail } from "../lib/validation.ts";

export const loadCourses = (raw: unknown, file: string): Catalog =>
  resolveCatalog(parseOrFail(coursesFileSchema, raw, file, listItem(raw, "courses", "program")), file);

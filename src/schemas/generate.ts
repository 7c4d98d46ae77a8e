/**
 * Writes the JSON Schemas that editors use while authors type, and the CMS
 * config (src/cms/config.ts), from the zod schemas the build validates with. Run `npm run schemas` after changing a
 * schema; a test fails when a committed file is out of date.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { cmsConfigYaml } from "../cms/config.ts";
import { coursesFileSchema } from "../lib/course-schema.ts";
import { promosFileSchema } from "../lib/promo-schema.ts";

export const SCHEMAS = {
  "promos.schema.json": { schema: promosFileSchema, title: "Promos of the site (_data/promos.yaml)" },
  "courses.schema.json": { schema: coursesFileSchema, title: "Course catalog (_data/courses.yaml)" },
};

export function jsonSchema(name: keyof typeof SCHEMAS): string {
  const { schema, title } = SCHEMAS[name];
  return `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: "input" }) }, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
    writeFileSync(new URL(name, import.meta.url), jsonSchema(name));
    console.log(`wrote src/schemas/${name}`);
  }
  writeFileSync(new URL("../cms/config.yml", import.meta.url), cmsConfigYaml());
  console.log("wrote src/cms/config.yml");
}

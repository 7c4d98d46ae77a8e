/** Walking a built dist/: its pages and the URLs they answer. */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** Relative paths of every file in `dist`. */
export async function files(dist: string): Promise<string[]> {
  return (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dist.length + 1))
    .sort();
}

export const htmlFiles = async (dist: string) => (await files(dist)).filter((f) => f.endsWith(".html"));

/** The authors' editor (src/eleventy/cms.ts): a page of the site, but no visitor's. */
export const isCmsFile = (file: string) => file.startsWith("admin/");

/** The pages visitors read: every page but the editor. */
export const publicHtmlFiles = async (dist: string) => (await htmlFiles(dist)).filter((f) => !isCmsFile(f));

/** "blog/index.html" → "/blog/"; "404.html" → "/404.html". */
export const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`;

export const read = (dist: string, file: string) => readFile(join(dist, file), "utf8");

/** A sha256 of every file, by relative path: equal digests mean byte-identical trees. */
export async function digest(dist: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await files(dist))
    out[file] = createHash("sha256")
      .update(await readFile(join(dist, file)))
      .digest("hex");
  return out;
}

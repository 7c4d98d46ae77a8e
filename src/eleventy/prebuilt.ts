/**
 * Files a plugin writes into the output before Eleventy renders (the
 * asset bundles, the editor): written by every production build, and under
 * `npm start` once, then again only after a save that touched their
 * sources. Saving an article then costs no rebuild of them.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";

interface BeforeEvent {
  directories: { output: string };
  runMode: string;
}

export interface Prebuilt {
  /** A changed file (as Eleventy's watcher names it, "./src/…") that the files are made from. */
  isSource(path: string): boolean;
  /** Whether the files are still in `output` (someone may have emptied it). */
  present(output: string): boolean;
  write(output: string): Promise<void>;
}

export function writeBeforeEachBuild(eleventyConfig: UserConfig, { isSource, present, write }: Prebuilt): void {
  /** Output folders this dev server has written the files into, since the last change to their sources. */
  const current = new Set<string>();
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    if (changed.some(isSource)) current.clear();
  });
  eleventyConfig.on("eleventy.before", async ({ directories: { output }, runMode }: BeforeEvent) => {
    if (runMode !== "build" && current.has(output) && present(output)) return;
    await write(output);
    current.add(output);
  });
}

/** "./src/lib/x.ts" is under "src/lib": paths as the watcher names them, against folders and files of the project. */
export const isUnder = (path: string, roots: readonly string[]): boolean => {
  const file = path.replace(/^\.\//, "");
  return roots.some((root) => {
    const prefix = root.replace(/^\.\//, "").replace(/\/$/, "");
    return file === prefix || file.startsWith(`${prefix}/`);
  });
};

import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * What builds keep between runs, by content: share images take seconds each
 * to draw, minified pages a millisecond each, the editor's script about
 * 0.35 s of esbuild (build/bundle-once.ts). The deploy workflow caches
 * these folders (tests/unit/workflow.test.ts holds it to this list); a test
 * points a build elsewhere with the environment variable.
 */
export const CACHE_DIRS = {
  shareImages: { path: ".cache/share-images", env: "SHARE_IMAGE_CACHE" },
  minifiedHtml: { path: ".cache/minified-html", env: "MINIFY_CACHE" },
  bundles: { path: ".cache/bundles", env: "BUNDLE_CACHE" },
} as const;

export const cacheDir = ({ path, env }: { path: string; env: string }): string => process.env[env] ?? path;

/** Writes a cache entry whole, then renames it into place: a build running beside this one never reads half of it. */
export async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, data);
  await rename(partial, file);
}

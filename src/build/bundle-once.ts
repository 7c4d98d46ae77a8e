/**
 * An esbuild bundle kept in memory with the files it read: asked for again
 * while every one of those files reads the same, it is not built again. The
 * editor's bundle holds only this project's code, the same for every site
 * built, and took 220 ms of each build; the tests build many sites in one
 * process. Its bytes are the same either way.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import * as esbuild from "esbuild";

/** Options for one entry point's bundle; where it goes is the caller's. */
export type BundleOptions = Omit<esbuild.BuildOptions, "outfile" | "outdir" | "write" | "metafile"> & {
  entryPoints: [string];
  absWorkingDir: string;
};

interface Kept {
  /** Each file the bundle read, with a digest of what it held. */
  inputs: [string, string][];
  code: Uint8Array;
}

const kept = new Map<string, Kept>();

const digest = async (path: string): Promise<string> =>
  createHash("sha256")
    .update(await readFile(path).catch(() => ""))
    .digest("hex");

const unchanged = async ({ inputs }: Kept): Promise<boolean> =>
  (await Promise.all(inputs.map(async ([path, before]) => (await digest(path)) === before))).every(Boolean);

export async function bundleOnce(options: BundleOptions): Promise<Uint8Array> {
  const key = JSON.stringify(options);
  const last = kept.get(key);
  if (last && (await unchanged(last))) return last.code;
  const result = await esbuild.build({ ...options, write: false, metafile: true });
  const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(options.absWorkingDir, input));
  const code = result.outputFiles[0]!.contents;
  kept.set(key, { inputs: await Promise.all(inputs.map(async (path): Promise<[string, string]> => [path, await digest(path)])), code });
  return code;
}

/**
 * esbuild's output kept with the files it read: asked for again while every
 * one of those files reads the same, it is not built again. Kept in memory,
 * and on disk when the caller gives a folder, for the next process: a build
 * starts with the editor's bundle, about 0.35 s of esbuild, already there.
 * The tests build many sites in one process, each in a folder of its own
 * with the same code: inputs are kept by their path inside the folder being
 * built, so a second folder with the same files gets the same output. Their
 * bytes are the same either way.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import * as esbuild from "esbuild";
import { writeWhole } from "./cache-dirs.ts";

/** esbuild's options, less where the files go (the caller writes them) and where the project is. */
export type BundleOptions = Omit<esbuild.BuildOptions, "outfile" | "outdir" | "write" | "metafile" | "absWorkingDir"> & {
  entryPoints: string[];
};

export interface BundleOutput {
  /** The file's name, as esbuild's entryNames made it ("site-X7F3.css"). */
  name: string;
  /** Its entry point, relative to the project ("src/client/cart.ts"). */
  entryPoint: string;
  contents: Uint8Array;
}

interface Kept {
  /** Each file the build read, relative to the project, with a digest of what it held. */
  inputs: [string, string][];
  outputs: BundleOutput[];
}

const kept = new Map<string, Kept>();
/** Where esbuild is told the outputs go; none is written there. */
const OUT = "out";

const digest = async (path: string): Promise<string> =>
  createHash("sha256")
    .update(await readFile(path).catch(() => ""))
    .digest("hex");

const digests = (root: string, paths: string[]): Promise<[string, string][]> =>
  Promise.all(paths.map(async (path): Promise<[string, string]> => [path, await digest(resolve(root, path))]));

/**
 * Read besides what esbuild lists: a dependency updated in place may resolve
 * an import to another file without changing one esbuild read, and the
 * TypeScript settings change how it compiles.
 */
const ALSO_READ = ["package-lock.json", "tsconfig.json"];

const unchanged = async (root: string, kept: Kept) =>
  (
    await digests(
      root,
      kept.inputs.map(([path]) => path),
    )
  ).every(([, hash], i) => hash === kept.inputs[i]![1]);

interface StoredOutput extends Omit<BundleOutput, "contents"> {
  contents: string;
}

/** The build kept in `file`, if there is one that can be read. */
async function load(file: string): Promise<Kept | undefined> {
  try {
    const stored = JSON.parse(await readFile(file, "utf8")) as { inputs: [string, string][]; outputs: StoredOutput[] };
    return {
      inputs: stored.inputs,
      outputs: stored.outputs.map((output) => ({ ...output, contents: new Uint8Array(Buffer.from(output.contents, "base64")) })),
    };
  } catch {
    return undefined;
  }
}

/** A cache that cannot be written only costs the next build its esbuild run. */
async function store(file: string, kept: Kept): Promise<void> {
  const outputs = kept.outputs.map((output) => ({ ...output, contents: Buffer.from(output.contents).toString("base64") }));
  await writeWhole(file, JSON.stringify({ inputs: kept.inputs, outputs })).catch(() => undefined);
}

/**
 * esbuild's outputs for the entry points of the project at `root`, built
 * again only when a file they read has changed. With `cacheDir`, kept there
 * too, one file per set of options, replaced when the inputs change.
 */
export async function bundleOnce(root: string, options: BundleOptions, cacheDir: string | null = null): Promise<BundleOutput[]> {
  const entryPoints = options.entryPoints.map((entry) => relative(root, resolve(root, entry)));
  const key = JSON.stringify({ ...options, entryPoints });
  const file = cacheDir && join(cacheDir, `${createHash("sha256").update(`${esbuild.version}\n${key}`).digest("hex").slice(0, 16)}.json`);
  const last = kept.get(key) ?? (file ? await load(file) : undefined);
  if (last && (await unchanged(root, last))) {
    kept.set(key, last);
    return last.outputs;
  }
  const result = await esbuild.build({ ...options, entryPoints, absWorkingDir: root, outdir: OUT, write: false, metafile: true });
  const outputs = result.outputFiles.flatMap((output): BundleOutput[] => {
    const path = relative(root, output.path);
    const entryPoint = result.metafile.outputs[path]?.entryPoint;
    return entryPoint ? [{ name: relative(OUT, path), entryPoint, contents: output.contents }] : [];
  });
  const built = { inputs: await digests(root, [...ALSO_READ, ...Object.keys(result.metafile.inputs)]), outputs };
  kept.set(key, built);
  if (file) await store(file, built);
  return outputs;
}

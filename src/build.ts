/**
 * Production build, atomic: Eleventy writes into a fresh folder next to
 * dist/, which replaces dist/ only when the whole build succeeded. A failed
 * build exits non-zero and leaves the last good dist/ as it was.
 *
 * Run from the project root: `tsx src/build.ts [outputDir]`.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rename, rm } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";

const CONFIG = fileURLToPath(new URL("../.eleventy.ts", import.meta.url));

/** The message of an error and of every cause below it, for authors. */
export function describeError(error: unknown): string {
  const lines: string[] = [];
  for (let e: unknown = error; e; e = (e as { cause?: unknown; originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause) {
    const message = e instanceof Error ? e.message : String(e);
    if (!lines.includes(message)) lines.push(message);
  }
  return lines.join("\n  caused by: ");
}

export async function build(outputDir: string): Promise<void> {
  const output = resolve(outputDir);
  const staging = await mkdtemp(resolve(dirname(output), `${basename(output)}.tmp-`));
  try {
    const eleventy = new Eleventy("src", staging, { configPath: CONFIG, quietMode: true });
    await eleventy.write();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const old = `${output}.old-${process.pid}`;
  if (existsSync(output)) await rename(output, old);
  await rename(staging, output);
  await rm(old, { recursive: true, force: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outputDir = process.argv[2] ?? "dist";
  try {
    await build(outputDir);
    console.log(`[build] ${outputDir}/ written`);
  } catch (error) {
    console.error(`[build] failed, ${outputDir}/ left as it was:\n  ${describeError(error)}`);
    process.exitCode = 1;
  }
}

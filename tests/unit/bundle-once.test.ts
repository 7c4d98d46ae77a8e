/**
 * bundleOnce builds a bundle once for as long as the files it read stay the
 * same, and again as soon as one of them changes or goes.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { bundleOnce, type BundleOptions } from "../../src/build/bundle-once.ts";

let dir: string;
let options: BundleOptions;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "bundle-once-"));
  await writeFile(join(dir, "entry.ts"), 'import { word } from "./word.ts";\nconsole.log(word);\n');
  await writeFile(join(dir, "word.ts"), 'export const word: string = "halo";\n');
  options = { entryPoints: [join(dir, "entry.ts")], absWorkingDir: dir, bundle: true, format: "iife", logLevel: "silent" };
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const text = (code: Uint8Array) => new TextDecoder().decode(code);

it("gives the bundle kept from the first call while no file it read has changed", async () => {
  const first = await bundleOnce(options);
  expect(text(first)).toContain('"halo"');
  // Rewritten with the same text: still the same files.
  await writeFile(join(dir, "word.ts"), 'export const word: string = "halo";\n');
  expect(await bundleOnce(options)).toBe(first);
});

it("builds again when an imported file changes, and fails when one is gone", async () => {
  const first = await bundleOnce(options);
  await writeFile(join(dir, "word.ts"), 'export const word: string = "selamat";\n');
  const second = await bundleOnce(options);
  expect(second).not.toBe(first);
  expect(text(second)).toContain('"selamat"');
  await rm(join(dir, "word.ts"));
  await expect(bundleOnce(options)).rejects.toThrow(/word\.ts/);
});

it("keeps bundles of different options apart", async () => {
  const plain = await bundleOnce(options);
  const minified = await bundleOnce({ ...options, minify: true });
  expect(text(minified).length).toBeLessThan(text(plain).length);
  expect(await bundleOnce(options)).toBe(plain);
});

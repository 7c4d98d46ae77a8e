/**
 * bundleOnce builds once for as long as the files it read stay the same,
 * in this folder or in another with the same files, and again as soon as
 * one of them changes or goes; with a cache folder, in the next process too.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bundleOnce, type BundleOptions } from "../../src/build/bundle-once.ts";

const folders: string[] = [];
/** A project folder with an entry point that imports a word. */
async function project(word = "halo"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "bundle-once-"));
  folders.push(dir);
  await writeFile(join(dir, "entry.ts"), 'import { word } from "./word.ts";\nconsole.log(word);\n');
  await writeFile(join(dir, "word.ts"), `export const word: string = "${word}";\n`);
  return dir;
}

let dir: string;
const options: BundleOptions = { entryPoints: ["entry.ts"], entryNames: "[name]-[hash]", bundle: true, format: "iife", logLevel: "silent" };
beforeEach(async () => void (dir = await project()));
afterEach(() => Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true }))));

const text = ([output]: { contents: Uint8Array }[]) => new TextDecoder().decode(output!.contents);

it("gives the output kept from the first call while no file it read has changed", async () => {
  const first = await bundleOnce(dir, options);
  expect(first).toEqual([{ name: expect.stringMatching(/^entry-\w+\.js$/), entryPoint: "entry.ts", contents: expect.any(Uint8Array) }]);
  expect(text(first)).toContain('"halo"');
  // Rewritten with the same text: still the same files.
  await writeFile(join(dir, "word.ts"), 'export const word: string = "halo";\n');
  expect(await bundleOnce(dir, options)).toBe(first);
});

it("gives another folder with the same files the same output, and one with a different file its own", async () => {
  const first = await bundleOnce(dir, options);
  expect(await bundleOnce(await project(), options)).toBe(first);
  const other = await bundleOnce(await project("selamat"), options);
  expect(text(other)).toContain('"selamat"');
  expect(other[0]!.name).not.toBe(first[0]!.name);
});

it("builds again when an imported file changes, and fails when one is gone", async () => {
  const first = await bundleOnce(dir, options);
  await writeFile(join(dir, "word.ts"), 'export const word: string = "selamat";\n');
  const second = await bundleOnce(dir, options);
  expect(second).not.toBe(first);
  expect(text(second)).toContain('"selamat"');
  await rm(join(dir, "word.ts"));
  await expect(bundleOnce(dir, options)).rejects.toThrow(/word\.ts/);
});

it("keeps outputs of different options apart", async () => {
  const plain = await bundleOnce(dir, options);
  const minified = await bundleOnce(dir, { ...options, minify: true });
  expect(text(minified).length).toBeLessThan(text(plain).length);
  expect(await bundleOnce(dir, options)).toBe(plain);
});

describe("with a cache folder, in a new process", () => {
  const run = promisify(execFile);
  const MODULE = new URL("../../src/build/bundle-once.ts", import.meta.url).href;
  const SCRIPT = `
    const { bundleOnce } = await import(${JSON.stringify(MODULE)});
    const [dir, cache, options] = JSON.parse(process.argv[1]);
    const [output] = await bundleOnce(dir, options, cache);
    console.log(JSON.stringify({ name: output.name, text: new TextDecoder().decode(output.contents) }));`;
  /**
   * bundleOnce in a process of its own; with `noEsbuild`, esbuild's binary
   * is a program that exits at once (esbuild ignores a path that does not
   * exist), so any build in that process fails.
   */
  async function inProcess(cache: string, noEsbuild = false): Promise<{ name: string; text: string }> {
    const env = { ...process.env, ...(noEsbuild ? { ESBUILD_BINARY_PATH: await failingProgram() } : {}) };
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", SCRIPT, JSON.stringify([dir, cache, options])], { env });
    return JSON.parse(stdout) as { name: string; text: string };
  }
  async function failingProgram(): Promise<string> {
    const path = join(dir, "not-esbuild");
    await writeFile(path, "#!/bin/sh\nexit 1\n", { mode: 0o755 });
    return path;
  }
  let cache: string;
  beforeEach(() => void (cache = join(dir, "cache")));

  it("gives the kept output without running esbuild while no file it read has changed", async () => {
    const first = await inProcess(cache);
    expect(first.text).toContain('"halo"');
    expect(await inProcess(cache, true)).toEqual(first);
    // esbuild cannot run there: the call fails when it is needed.
    await rm(cache, { recursive: true });
    await expect(inProcess(cache, true)).rejects.toThrow();
  });

  it("builds again when an imported file, the lockfile or the TypeScript settings change", async () => {
    await inProcess(cache);
    await writeFile(join(dir, "word.ts"), 'export const word: string = "selamat";\n');
    const changed = await inProcess(cache);
    expect(changed.text).toContain('"selamat"');
    expect(await inProcess(cache, true)).toEqual(changed);
    for (const file of ["package-lock.json", "tsconfig.json"]) {
      await writeFile(join(dir, file), "{}\n");
      await expect(inProcess(cache, true)).rejects.toThrow();
      await inProcess(cache);
    }
  });
});

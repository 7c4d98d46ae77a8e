/**
 * The install a newcomer and CI pay for: `npm ci` on a fresh clone of this
 * commit, timed from spawn to exit, and the size of the node_modules it
 * leaves, largest packages first (issue #28); then, apart, the Cloudflare
 * runtime the first `npm test` or `npm run preview` installs
 * (src/wrangler.ts). npm's cache is kept, as on a machine that has installed
 * before; the network is what it is.
 */
import { execFileSync } from "node:child_process";
import { lstat, mkdtemp, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { SCRATCH, ROOT } from "../helpers/site.ts";
import { measure } from "./measure.ts";

export interface InstallResult {
  ms: number;
  /** Bytes of the files under node_modules, each hard-linked file once (as `du -b` counts). */
  bytes: number;
  packages: number;
  /** The largest top-level packages, with their own node_modules. */
  largest: { name: string; bytes: number }[];
  /** tools/cloudflare/'s install, on first use. */
  runtime: { ms: number; bytes: number };
}

/** workerd's install hard-links its 160 MB binary into a second package: one file, counted once. */
export async function sizeOf(path: string, seen = new Set<string>()): Promise<number> {
  const stats = await lstat(path);
  const inode = `${stats.dev}:${stats.ino}`;
  if (seen.has(inode)) return 0;
  seen.add(inode);
  if (!stats.isDirectory()) return stats.size;
  const entries = await readdir(path);
  const sizes = await Promise.all(entries.map((name) => sizeOf(join(path, name), seen)));
  return sizes.reduce((a, b) => a + b, stats.size);
}

/** Top-level packages, scoped ones by their full name. */
async function packagesIn(modules: string): Promise<string[]> {
  const names: string[] = [];
  for (const name of await readdir(modules)) {
    if (name.startsWith(".")) continue;
    if (name.startsWith("@")) for (const inner of await readdir(join(modules, name))) names.push(`${name}/${inner}`);
    else names.push(name);
  }
  return names;
}

export async function measureInstall(top = 8): Promise<InstallResult> {
  const dir = await mkdtemp(join(SCRATCH, "install-"));
  try {
    // What is committed, as CI clones it: not the working tree's node_modules or changes.
    execFileSync("git", ["clone", "--quiet", "--no-hardlinks", ROOT, dir]);
    const m = await measure("npm", ["ci", "--no-audit", "--no-fund"], dir);
    if (m.code !== 0) throw new Error(`npm ci failed (exit ${m.code}):\n${m.output.slice(-2000)}`);
    const modules = join(dir, "node_modules");
    const names = await packagesIn(modules);
    // Sizes in one pass over a shared set: a hard-linked file belongs to the package met first.
    const seen = new Set<string>();
    const sized = [];
    for (const name of names) sized.push({ name, bytes: await sizeOf(join(modules, name), seen) });
    sized.sort((a, b) => b.bytes - a.bytes);
    const packages = Number(/added (\d+) packages/.exec(m.output)?.[1] ?? names.length);
    const bytes = await sizeOf(modules);
    const r = await measure(
      process.execPath,
      ["--input-type=module", "-e", 'await (await import("./src/wrangler.ts")).installRuntime()'],
      dir,
    );
    if (r.code !== 0) throw new Error(`the runtime's install failed (exit ${r.code}):\n${r.output.slice(-2000)}`);
    const runtime = { ms: r.ms, bytes: await sizeOf(join(dir, "tools/cloudflare/node_modules")) };
    return { ms: m.ms, bytes, packages, largest: sized.slice(0, top), runtime };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Cloudflare's local runtime is installed on first use (src/wrangler.ts):
 * two processes that need it at once, as two test files may, install it
 * once; the other waits for the lock and finds it there. Run on a copy of
 * tools/cloudflare/ without its node_modules, so it really installs.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { WRANGLER_VERSION } from "../../src/wrangler.ts";
import { ROOT, run, SCRATCH } from "../helpers/site.ts";

const INSTALL = ["--input-type=module", "-e", 'await (await import("./src/wrangler.ts")).installRuntime()'];
const INSTALLING = "[wrangler] installing Cloudflare's local runtime";
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(SCRATCH, "runtime-install-"));
  await mkdir(join(dir, "src"));
  await cp(join(ROOT, "src/wrangler.ts"), join(dir, "src/wrangler.ts"));
  await mkdir(join(dir, "tools/cloudflare"), { recursive: true });
  for (const file of ["package.json", "package-lock.json"])
    await cp(join(ROOT, "tools/cloudflare", file), join(dir, "tools/cloudflare", file));
  await symlink(join(ROOT, "node_modules"), join(dir, "node_modules"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it("installs once when two processes ask together, and not again after", { timeout: 120_000 }, async () => {
  const both = await Promise.all([run(process.execPath, INSTALL, dir), run(process.execPath, INSTALL, dir)]);
  for (const result of both) expect(result.code, result.stderr).toBe(0);
  expect(both.filter((result) => result.stderr.includes(INSTALLING))).toHaveLength(1);
  const installed = JSON.parse(await readFile(join(dir, "tools/cloudflare/node_modules/.package-lock.json"), "utf8"));
  expect(installed.packages["node_modules/wrangler"].version).toBe(WRANGLER_VERSION);
  expect(await readdir(join(dir, "tools/cloudflare"))).not.toContain("install.lock");

  const again = await run(process.execPath, INSTALL, dir);
  expect(again.code, again.stderr).toBe(0);
  expect(again.stderr).not.toContain(INSTALLING);
});

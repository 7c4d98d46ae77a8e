/**
 * Every script in package.json works on a clean clone: each file a script
 * names is tracked by git (a .gitignore line once swallowed
 * tests/screenshots/run.ts, and `npm run screenshots` failed on every clone
 * but the one it was written in), or is installed by `npm ci`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/site.ts";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
const tracked = new Set(execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n"));

/** The files a command names: words, or the values of --flag=value, that end in a file extension. */
export function namedFiles(command: string): string[] {
  return command.split(/\s+|&&|=/).filter((word) => /^[\w.@/-]+\.(?:[cm]?[jt]s|json|ya?ml)$/.test(word));
}

describe("every script names files a clean clone has", () => {
  it("finds the files in a command", () => {
    expect(namedFiles("node node_modules/a/cmd.cjs --config=.eleventy.ts && vitest run --config tests/vitest.config.ts")).toEqual([
      "node_modules/a/cmd.cjs",
      ".eleventy.ts",
      "tests/vitest.config.ts",
    ]);
    expect(namedFiles("eslint . && tsc --noEmit")).toEqual([]);
  });

  it.each(Object.entries(pkg.scripts))("%s: %s", (_name, command) => {
    for (const file of namedFiles(command)) {
      if (file.startsWith("node_modules/")) expect(existsSync(join(ROOT, file)), `${file} is installed`).toBe(true);
      else expect(tracked.has(file), `${file} is tracked by git`).toBe(true);
    }
  });
});

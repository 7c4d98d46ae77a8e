/**
 * Node runs the TypeScript itself (type stripping): no script, config, test
 * or workflow goes through tsx or another loader, tsx is no dependency, and
 * the code keeps to syntax Node can erase. One Node everywhere: .nvmrc's.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/site.ts";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  engines: { node: string };
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { name?: string }> };
const THIS_FILE = "tests/unit/toolchain.test.ts";

/** tsx by name, its loader, or any module hook flag given to Node. */
const NEEDS_A_LOADER = /\btsx\b|--(?:import|loader|experimental-loader|require)\b/;

/** The project's own code and settings: what runs a build, the dev server, a test or CI. */
function ownFiles(): string[] {
  const roots = [".eleventy.ts", "eslint.config.js", "tsconfig.json", ".ci/run", "src", "tests", "functions", ".github"];
  return roots.flatMap((root) => {
    const path = join(ROOT, root);
    const entries = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, encoding: "utf8" }).map((f) => join(path, f))
      : [path];
    return entries
      .map((f) => relative(ROOT, f))
      .filter((f) => /\.(ts|js|mjs|cjs|json|ya?ml)$|^\.ci\/run$/.test(f) && !f.startsWith("tests/fixtures/") && f !== THIS_FILE);
  });
}

describe("Node runs the TypeScript itself", () => {
  it.each(Object.entries(pkg.scripts))("script %s runs without tsx or a loader", (_name, command) => {
    expect(command).not.toMatch(NEEDS_A_LOADER);
  });

  it("has no tsx among its dependencies, nor anywhere in the install", () => {
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty("tsx");
    expect(Object.keys(lock.packages).filter((path) => /(^|\/)node_modules\/tsx$/.test(path))).toEqual([]);
  });

  it("names no tsx and passes no loader in the config, the build, the tests or the workflow", () => {
    const files = ownFiles();
    expect(files).toContain(".eleventy.ts");
    expect(files).toContain("tests/vitest.config.ts");
    expect(files).toContain(".github/workflows/deploy.yml");
    const offending = files.filter((f) => NEEDS_A_LOADER.test(readFileSync(join(ROOT, f), "utf8")));
    expect(offending).toEqual([]);
    // No flags for vitest's workers: they load TypeScript as any node does.
    expect(readFileSync(join(ROOT, "tests/vitest.config.ts"), "utf8")).not.toMatch(/\bexecArgv\b/);
  });

  it("loads .eleventy.ts in a plain node, with no flag", () => {
    const script = "const m = await import(process.argv[1]); console.log(typeof m.default)";
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script, join(ROOT, ".eleventy.ts")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(out.trim()).toBe("function");
  });

  it("keeps to erasable syntax (tsconfig's erasableSyntaxOnly, which tsc checks in npm run lint)", () => {
    const tsconfig = readFileSync(join(ROOT, "tsconfig.json"), "utf8");
    expect(tsconfig).toMatch(/"erasableSyntaxOnly":\s*true/);
  });
});

describe("the install", () => {
  // Decap's prebuilt bundle is all the site copies (src/eleventy/cms.ts); the tree it was built from
  // (decap-cms-app, its widgets, React, webpack loaders) is mapped to an empty package in package.json's overrides.
  it.each(["decap-cms-app", "decap-cms-core", "react", "react-dom", "webpack", "ol", "@sentry/node"])(
    "leaves out %s, which nothing runs",
    (name) => {
      const installed = Object.entries(lock.packages).filter(
        ([path, entry]) => path.endsWith(`node_modules/${name}`) && entry.name !== "empty-npm-package",
      );
      expect(installed.map(([path]) => path)).toEqual([]);
    },
  );

  it("still installs Decap's bundle", () => {
    expect(Object.keys(lock.packages)).toContain("node_modules/decap-cms");
  });
});

describe("one Node everywhere", () => {
  it("asks for .nvmrc's major in engines, and runs on it", () => {
    const major = readFileSync(join(ROOT, ".nvmrc"), "utf8").trim();
    expect(major).toMatch(/^\d+$/);
    expect(pkg.engines.node).toBe(`>=${major}`);
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(Number(major));
  });
});

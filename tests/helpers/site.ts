/**
 * Fixture sites: the project's code (templates, client code, plugins) in a
 * temporary folder with content that belongs to the tests (the frozen copy
 * in tests/fixtures/content/, or the site's real content for the gates),
 * built by the real build script in a child process (real exit code, real TZ).
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as cheerio from "cheerio";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The tests' own content: a fixed promo, catalog and three articles. */
export const FIXTURE_CONTENT = join(ROOT, "tests/fixtures/content");
/** package.json's build script, `node [flags] src/build.ts`. */
export const BUILD_SCRIPT = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: { build: string } }
).scripts.build.split(" ");
if (BUILD_SCRIPT[0] !== "node") throw new Error(`package.json's build script should start with node: ${BUILD_SCRIPT.join(" ")}`);
/** The build in one process, as `npm run build` runs it (its Node flags, Node strips the types), so signals reach it. */
export const BUILD_COMMAND = [process.execPath, ...BUILD_SCRIPT.slice(1, -1), join(ROOT, BUILD_SCRIPT.at(-1)!)];
/** tmpfs where there is one: builds write many small files. */
export const SCRATCH = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();

export interface Fixture {
  dir: string;
  /** Writes (or overwrites) a file relative to the fixture root. */
  write(path: string, text: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** The production build in a child process, as `npm run build` runs it: for tests of the process itself. */
  build(env?: Record<string, string>): Promise<BuildResult>;
  /**
   * The same build in this process, as Eleventy's own tests build: faster,
   * for tests of what the pages say. Its stderr is the report the command
   * would print. Node loads the TypeScript config itself (type stripping).
   * Files changed through write() and remove() are read afresh, as in
   * Eleventy's watch mode.
   */
  buildHere(env?: Record<string, string>): Promise<BuildResult>;
  read(path: string): Promise<string>;
  page(url: string): Promise<cheerio.CheerioAPI>;
  exists(path: string): boolean;
  dispose(): Promise<void>;
}

export interface BuildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface FixtureOptions {
  /** Whose content: the tests' frozen fixture (default) or the site's real `_data/`, articles and images (the gates). */
  content?: "fixture" | "real";
  /** Keep that content's articles (default: start with none). */
  withPosts?: boolean;
  /** A whole project an author could work in: package.json, config, tests, node_modules and tools/ too, so `npm run …` works there. */
  project?: boolean;
  posts?: Record<string, string>;
}

/** Where each part of the content comes from, and where it goes in a project. */
const CONTENT_PARTS = {
  fixture: {
    _data: join(FIXTURE_CONTENT, "_data"),
    "src/posts": join(FIXTURE_CONTENT, "posts"),
    "src/images": join(FIXTURE_CONTENT, "images"),
  },
  real: { _data: join(ROOT, "_data"), "src/posts": join(ROOT, "src/posts"), "src/images": join(ROOT, "src/images") },
};

/** The authors' files inside src/: never copied as code. */
const isContent = (source: string) => /\/src\/(posts\/.*\.md|images\/.+)$/.test(source);

/**
 * The environment a command gets: this one, less vitest's own variables (a
 * nested vitest would take them as its own) and DEBUG, which a test asks
 * for by name: Lighthouse's logger sets it in the process that runs it
 * (the `debug` package keeps its namespaces there), and a build started
 * afterwards would add stack traces to its report.
 */
export const commandEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST") && !["NODE_OPTIONS", "DEBUG"].includes(key)));

export async function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...commandEnv(), ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export async function createFixture(options: FixtureOptions = {}): Promise<Fixture> {
  const dir = await mkdtemp(join(SCRATCH, "site-fixture-"));
  for (const part of ["src", "_includes"])
    await cp(join(ROOT, part), join(dir, part), { recursive: true, filter: (source) => !isContent(source) });
  if (options.project) {
    for (const file of ["package.json", ".eleventy.ts", "tsconfig.json", "tests"])
      await cp(join(ROOT, file), join(dir, file), { recursive: true });
    await symlink(join(ROOT, "node_modules"), join(dir, "node_modules"));
    // Cloudflare's runtime, installed once for the project (src/wrangler.ts), as node_modules is.
    await symlink(join(ROOT, "tools"), join(dir, "tools"));
  }
  for (const [target, source] of Object.entries(CONTENT_PARTS[options.content ?? "fixture"])) {
    if (target === "src/posts" && !options.withPosts) continue;
    if (existsSync(source)) await cp(source, join(dir, target), { recursive: true });
  }
  const fixture: Fixture = {
    dir,
    async write(path, text) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
      await forgetCached(join(dir, path));
    },
    async remove(path) {
      await rm(join(dir, path), { recursive: true, force: true });
      await forgetCached(join(dir, path));
    },
    build: (env = {}) => run(BUILD_COMMAND[0]!, [...BUILD_COMMAND.slice(1), "dist"], dir, env),
    buildHere: (env = {}) => buildInProcess(dir, env),
    read: (path) => readFile(join(dir, path), "utf8"),
    async page(url) {
      const file = url.endsWith("/") ? `${url}index.html` : url;
      return cheerio.load(await fixture.read(join("dist", file)));
    },
    exists: (path) => existsSync(join(dir, path)),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
  for (const [name, text] of Object.entries(options.posts ?? {})) await fixture.write(`src/posts/${name}`, text);
  return fixture;
}

/**
 * Eleventy keeps templates' contents and layouts per process, for its watch
 * mode, which announces each changed file on its event bus (not exported,
 * hence the path); a fixture's edits are announced the same way.
 */
async function forgetCached(path: string): Promise<void> {
  const { default: eventBus } = await import(pathToFileURL(join(ROOT, "node_modules/@11ty/eleventy/src/EventBus.js")).href);
  eventBus.emit("eleventy.resourceModified", path);
}

/**
 * Runs `work` in this process as if started in `dir` with `env` set: the
 * working directory, the environment and console.log (captured) are
 * restored afterwards.
 */
export async function inFolder<T>(dir: string, env: Record<string, string>, work: () => Promise<T>): Promise<{ value: T; stdout: string }> {
  // Layouts are cached by their path in the project, the same in every fixture.
  await forgetCached(dir);
  const saved = { cwd: process.cwd(), env: { ...process.env }, log: console.log };
  let stdout = "";
  console.log = (...args: unknown[]) => void (stdout += `${args.join(" ")}\n`);
  Object.assign(process.env, env);
  process.chdir(dir);
  try {
    return { value: await work(), stdout };
  } catch (error) {
    throw Object.assign(new Error("failed in the fixture"), { cause: error, stdout });
  } finally {
    process.chdir(saved.cwd);
    for (const key of Object.keys(process.env)) if (!(key in saved.env)) delete process.env[key];
    Object.assign(process.env, saved.env);
    console.log = saved.log;
  }
}

/** Builds `dir` in this process, as the command would: its report is the command's stderr. */
async function buildInProcess(dir: string, env: Record<string, string>): Promise<BuildResult> {
  const { build } = await import("../../src/build.ts");
  const { BuildFailed, failureReport } = await import("../../src/build/failure.ts");
  try {
    const { stdout } = await inFolder(dir, env, () => build("dist"));
    return { code: 0, stdout: `${stdout}[build] dist/ written\n`, stderr: "" };
  } catch (failed) {
    const { cause: error, stdout } = failed as { cause: unknown; stdout: string };
    const cause = error instanceof BuildFailed ? error.cause : error;
    return { code: 1, stdout, stderr: `${failureReport({ outputDir: "dist", error: cause, debug: Boolean(env.DEBUG) })}\n` };
  }
}

/** A valid article's markdown; `fields` replace or add front matter lines. */
export function post(fields: Record<string, string | null> = {}, body = "Isi artikel.\n"): string {
  const base: Record<string, string | null> = {
    title: '"Judul Artikel"',
    description: '"Ringkasan artikel untuk mesin pencari."',
    date: "2022-10-04",
    tags: "[pemrograman]",
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}

const dataCopies: string[] = [];
/**
 * A scratch copy of the fixture's `_data/` alone, with the files named in
 * `replace` written over, for tests of the data loader (createFixture copies
 * the whole site). Each is removed by `removeFixtureData()`.
 */
export function fixtureData(replace: Record<string, string> = {}, prefix = "data-"): string {
  const dir = mkdtempSync(join(SCRATCH, prefix));
  dataCopies.push(dir);
  cpSync(join(FIXTURE_CONTENT, "_data"), dir, { recursive: true });
  for (const [name, text] of Object.entries(replace)) writeFileSync(join(dir, name), text);
  return dir;
}

export const removeFixtureData = (): void => dataCopies.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));

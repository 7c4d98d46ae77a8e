/**
 * Cloudflare Pages' own runtime on this machine (`wrangler pages dev`): a
 * built folder served with its `_headers`, 404 page and clean URLs, and the
 * functions under functions/ (the editor's sign-in). `npm run preview` and
 * the tests start it the same way, here.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import lockfile from "proper-lockfile";

/**
 * The newest date wrangler 4.164's runtime (workerd 1.20261117) knows: a
 * later one is refused. From 2026-08-04 on, nodejs_compat is on by default;
 * the functions use only Web APIs, so it changes nothing for them.
 */
export const COMPATIBILITY_DATE = "2026-11-17";
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/**
 * The runtime is a tool of its own, with its own lockfile: 210 MB, workerd's
 * binary mostly, that only `npm run preview` and the tests of _headers and
 * the sign-in use. So the project's `npm ci` leaves it out (issue #28: an
 * install under 450 MB) and the first of them installs it (installRuntime).
 */
export const RUNTIME_DIR = join(ROOT, "tools/cloudflare");
const WRANGLER = join(RUNTIME_DIR, "node_modules/wrangler/bin/wrangler.js");

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
/** The wrangler tools/cloudflare/package.json pins; the deploy jobs use the same. */
export const WRANGLER_VERSION = readJson<{ dependencies: { wrangler: string } }>(join(RUNTIME_DIR, "package.json")).dependencies.wrangler;

/** npm writes node_modules/.package-lock.json when an install has finished: a half-done one has none. */
function installedVersion(): string | undefined {
  try {
    const lock = readJson<{ packages: Record<string, { version?: string }> }>(join(RUNTIME_DIR, "node_modules/.package-lock.json"));
    return lock.packages["node_modules/wrangler"]?.version;
  } catch {
    return undefined;
  }
}

/**
 * `npm ci` in tools/cloudflare/ unless the pinned wrangler is there; one
 * process at a time (the test files that need it may start together), and
 * a process that waited finds it installed.
 */
export async function installRuntime(log: (line: string) => void = (line) => console.error(line)): Promise<void> {
  if (installedVersion() === WRANGLER_VERSION) return;
  const release = await lockfile.lock(RUNTIME_DIR, {
    realpath: false,
    lockfilePath: join(RUNTIME_DIR, "install.lock"),
    retries: { retries: 600, minTimeout: 500, maxTimeout: 500 },
  });
  try {
    if (installedVersion() === WRANGLER_VERSION) return;
    log(`[wrangler] installing Cloudflare's local runtime (wrangler ${WRANGLER_VERSION}) into tools/cloudflare/, once`);
    // npm as it runs this script (npm run, npm test), else the one on PATH.
    const npm = process.env.npm_execpath?.endsWith(".js") ? [process.execPath, process.env.npm_execpath] : ["npm"];
    // Its real path: through a link (a test's copy of the project links tools/), npm takes the folder for a linked package.
    const dir = realpathSync(RUNTIME_DIR);
    const child = spawn(npm[0]!, [...npm.slice(1), "ci", "--no-audit", "--no-fund", "--loglevel=error", `--prefix=${dir}`], { cwd: dir });
    let output = ""; // npm says why first
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", resolve);
    });
    if (code !== 0) throw new Error(`npm ci in tools/cloudflare/ failed (exit ${code}):\n${output.slice(0, 2000)}`);
  } finally {
    await release();
  }
}

export interface PagesDevOptions {
  /** The built site. */
  dir: string;
  port: number;
  /** https (its own certificate) for Secure cookies, as on the live site. */
  https?: boolean;
  /** The functions' environment; `.dev.vars` in the project supplies it when omitted. */
  vars?: Record<string, string>;
  /** Where the runtime keeps its local state (its cache's database); .wrangler/state/ in the project when omitted. */
  persistTo?: string;
}

/** Node's arguments to run it, from the project root (where functions/ is). */
export function pagesDevArgs({ dir, port, https = false, vars = {}, persistTo }: PagesDevOptions): string[] {
  return [
    WRANGLER,
    "pages",
    "dev",
    dir,
    `--port=${port}`,
    "--ip=127.0.0.1",
    `--compatibility-date=${COMPATIBILITY_DATE}`,
    `--local-protocol=${https ? "https" : "http"}`,
    // Nothing to watch: a build replaces the folder.
    "--live-reload=false",
    // DevTools on a port the system picks: two instances started at once both took the default 9229, and one exited.
    "--inspector-port=0",
    ...Object.entries(vars).map(([name, value]) => `--binding=${name}=${value}`),
    ...(persistTo ? [`--persist-to=${persistTo}`] : []),
  ];
}

export interface PagesDev {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export const pagesDevEnv = (): NodeJS.ProcessEnv => ({ ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" });

/**
 * Starts it in a process group of its own (it runs workerd as a child) and
 * waits until it answers. Each instance keeps its state (the cache's SQLite
 * database) in a folder of its own, removed when it stops, not in the
 * project's .wrangler/state/: the sign-in test's callback went unanswered in
 * a full run where the headers gate's instance ran beside it on the same
 * state, and in none where the two did not overlap.
 */
export async function startPagesDev(options: Omit<PagesDevOptions, "persistTo">): Promise<PagesDev> {
  await installRuntime();
  const state = await mkdtemp(join(tmpdir(), "pages-dev-state-"));
  const child = spawn(process.execPath, pagesDevArgs({ ...options, persistTo: state }), { cwd: ROOT, detached: true, env: pagesDevEnv() });
  const url = `${options.https ? "https" : "http"}://127.0.0.1:${options.port}`;
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`wrangler pages dev did not start within 90 s:\n${output.slice(-2000)}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (/Ready on /.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`wrangler pages dev exited (${code}):\n${output.slice(-2000)}`));
    });
  });
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await exited;
    }
    await rm(state, { recursive: true, force: true });
  };
  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, child, stop };
}

/**
 * Cloudflare Pages' own runtime on this machine (`wrangler pages dev`): a
 * built folder served with its `_headers`, 404 page and clean URLs, and the
 * functions under functions/ (the editor's sign-in). `npm run preview` and
 * the tests start it the same way, here.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The newest date wrangler 4.164's runtime (workerd 1.20261117) knows: a
 * later one is refused. From 2026-08-04 on, nodejs_compat is on by default;
 * the functions use only Web APIs, so it changes nothing for them.
 */
export const COMPATIBILITY_DATE = "2026-11-17";
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const WRANGLER = join(dirname(createRequire(import.meta.url).resolve("wrangler/package.json")), "bin/wrangler.js");

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

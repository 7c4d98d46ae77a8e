/**
 * The author's loop: `npm start` (Eleventy's dev server) on the fixture,
 * one article edited, and the time until its page is rewritten and until
 * the dev server tells the browser to reload.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { freePort } from "../helpers/server.ts";
import { ROOT } from "../helpers/site.ts";
import type { Article } from "./articles.ts";
import { ELEVENTY_CLI } from "./projects.ts";

/** Whether `npm start` (package.json) rebuilds incrementally: its mode is the one #19's targets are about. */
export const NPM_START_INCREMENTAL = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } }
).scripts.start.includes("--incremental");

export interface EditTiming {
  /** From the write of the .md file to the new text in its .dev/ page. */
  pageMs: number;
  /** From the write to the dev server's reload message; null when no WebSocket client could connect. */
  reloadMs: number | null;
  /** Eleventy's own summary of the rebuild, such as "Wrote 4471 files in 7.1 seconds". */
  summary: string;
}

export interface WatchResult {
  mode: string;
  firstBuildMs: number;
  edits: EditTiming[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `test` holds, polling every few milliseconds. */
async function until(test: () => boolean, timeoutMs: number, what: string): Promise<number> {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(5);
  }
  return performance.now();
}

/**
 * A browser stand-in: a child node with a WebSocket (global from Node 22,
 * behind a flag in Node 20) that prints a line for every reload message.
 */
function reloadListener(port: number): ChildProcess {
  const script = `
    const ws = new WebSocket("ws://127.0.0.1:${port}/");
    ws.onopen = () => console.log("open");
    ws.onmessage = (e) => { if (JSON.parse(e.data).type === "eleventy.reload") console.log("reload"); };
    ws.onerror = () => { console.log("error"); process.exit(1); };
  `;
  const flags = typeof WebSocket === "undefined" ? ["--experimental-websocket", "--no-warnings"] : [];
  return spawn(process.execPath, [...flags, "-e", script], { stdio: ["ignore", "pipe", "ignore"] });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  // The server runs in its own process group: end that group only.
  process.kill(-child.pid, "SIGINT");
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

export async function measureEdits(
  fixtureDir: string,
  articles: readonly Pick<Article, "name" | "text">[],
  { incremental = false, edits = 3 }: { incremental?: boolean; edits?: number } = {},
): Promise<WatchResult> {
  const port = await freePort();
  const args = [ELEVENTY_CLI, `--config=${join(ROOT, ".eleventy.ts")}`, "--serve", "--output=.dev", `--port=${port}`];
  if (incremental) args.push("--incremental");
  const start = performance.now();
  const server = spawn(process.execPath, args, { cwd: fixtureDir, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  server.stdout?.on("data", (d) => (log += d));
  server.stderr?.on("data", (d) => (log += d));
  const listener: { child?: ChildProcess; lines: string[] } = { lines: [] };
  try {
    await until(() => /Server at/.test(log) && /Watching/.test(log), 300_000, `the first build:\n${log.slice(-2000)}`);
    const firstBuildMs = performance.now() - start;
    listener.child = reloadListener(port);
    listener.child.stdout?.on("data", (d: Buffer) => listener.lines.push(...d.toString().trim().split("\n")));
    await until(() => listener.lines.length > 0 || listener.child?.exitCode !== null, 5000, "the WebSocket").catch(() => undefined);
    const connected = listener.lines.includes("open");

    const timings: EditTiming[] = [];
    for (let i = 0; i < edits; i++) {
      // Different articles, spread over the collection (first, middle, last…).
      const article = articles[Math.floor(((i + 0.5) / edits) * articles.length)]!;
      const source = join(fixtureDir, "src/posts", article.name);
      const page = join(fixtureDir, ".dev/blog", article.name.replace(/\.md$/, ""), "index.html");
      const marker = `Suntingan ${i} ${Date.now()}`;
      const reloadsBefore = listener.lines.filter((l) => l === "reload").length;
      const logBefore = log.length;
      await sleep(500); // let the watcher settle after the previous build
      const written = performance.now();
      await writeFile(source, `${await readFile(source, "utf8")}\n${marker}\n`);
      const pageAt = await until(() => existsSync(page) && readFileSync(page, "utf8").includes(marker), 120_000, `${page} to change`);
      const reloadAt = connected
        ? await until(() => listener.lines.filter((l) => l === "reload").length > reloadsBefore, 120_000, "the reload message")
        : null;
      await until(() => /Wrote \d+ files?/.test(log.slice(logBefore)), 120_000, "Eleventy's summary").catch(() => undefined);
      const summary = /Wrote \d+ files?[^\n]*/.exec(log.slice(logBefore))?.[0]?.replace(/ \(v[\d.]+\)|, v[\d.]+/, "") ?? "";
      timings.push({ pageMs: pageAt - written, reloadMs: reloadAt === null ? null : reloadAt - written, summary });
    }
    return { mode: incremental ? "--serve --incremental" : "--serve", firstBuildMs, edits: timings };
  } finally {
    if (listener.child) listener.child.kill();
    await stop(server);
  }
}

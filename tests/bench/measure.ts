/**
 * Runs one build as a child process and measures it from spawn to exit:
 * wall time, and peak resident memory of the process that did the work.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { rm } from "node:fs/promises";
import { basename, join } from "node:path";

export interface Measurement {
  ms: number;
  /** Peak RSS in MiB of the largest process in the tree (the node process, Pagefind's indexer, not npm or a launcher). */
  peakMiB: number;
  /** Which process that was, by its program's file name. */
  peakBy: string;
  code: number | null;
  output: string;
}

/**
 * GNU time reports the largest ru_maxrss among the processes the child
 * reaped, exact to the kilobyte, but misses one its parent did not wait for:
 * Pagefind's indexer, stopped as the build exits, counted in one run of two
 * at 20,000 articles. So every process of the tree is also sampled, its
 * VmHWM (a high-water mark, so a sample after the peak still sees it), and
 * the larger figure kept.
 */
const isGnuTime = (path: string) => {
  const probe = spawnSync(path, ["--version"], { encoding: "utf8" });
  return `${probe.stdout}${probe.stderr}`.includes("GNU");
};
const GNU_TIME = existsSync("/usr/bin/time") && isGnuTime("/usr/bin/time") ? "/usr/bin/time" : null;
const SAMPLE_MS = 50;

export const memorySource = `each process's VmHWM from /proc every ${SAMPLE_MS} ms${GNU_TIME ? ", and GNU time's max RSS" : ""}`;

export async function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Measurement> {
  const rssFile = join(cwd, `.bench-rss-${process.pid}`);
  const [cmd, argv] = GNU_TIME ? [GNU_TIME, ["-f", "%M", "-o", rssFile, command, ...args]] : [command, args];
  const start = performance.now();
  const child = spawn(cmd, argv, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  let peak = { kib: 0, name: "?" };
  const sampler = setInterval(() => {
    for (const p of treeHighWaters(child.pid ?? -1)) if (p.kib > peak.kib) peak = p;
  }, SAMPLE_MS);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  const ms = performance.now() - start;
  clearInterval(sampler);
  if (GNU_TIME) {
    const kib = Number(readFileSync(rssFile, "utf8").trim().split("\n").pop());
    await rm(rssFile, { force: true });
    if (kib > peak.kib) peak = { kib, name: `${basename(command)}, GNU time` };
  }
  return { ms, peakMiB: peak.kib / 1024, peakBy: peak.name, code, output };
}

/** VmHWM in KiB and program name of `root` and each of its descendants. */
function treeHighWaters(root: number): { kib: number; name: string }[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name in field 2 may hold spaces; the parent pid follows the closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: { kib: number; name: string }[] = [];
  for (const pids = [root]; pids.length;) {
    const pid = pids.pop() as number;
    try {
      const kib = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      // The program's file name: node names its main thread "MainThread", and a name is cut at 15 characters.
      found.push({ kib, name: basename(readlinkSync(`/proc/${pid}/exe`)) });
    } catch {
      // Ended.
    }
    pids.push(...(children.get(pid) ?? []));
  }
  return found;
}

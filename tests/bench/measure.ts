/**
 * Runs one build as a child process and measures it from spawn to exit:
 * wall time, and peak resident memory of the process that did the work.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";

export interface Measurement {
  ms: number;
  /** Peak RSS in MiB of the largest process in the tree (the node process, not npm or a launcher). */
  peakMiB: number;
  code: number | null;
  output: string;
}

/**
 * GNU time reports the largest ru_maxrss among the reaped process tree, exact
 * to the kilobyte. Without it we sample VmHWM from /proc, which may miss a
 * peak in the last few milliseconds of a process.
 */
const isGnuTime = (path: string) => {
  const probe = spawnSync(path, ["--version"], { encoding: "utf8" });
  return `${probe.stdout}${probe.stderr}`.includes("GNU");
};
const GNU_TIME = existsSync("/usr/bin/time") && isGnuTime("/usr/bin/time") ? "/usr/bin/time" : null;

export const memorySource = GNU_TIME ? "GNU time (max RSS)" : "/proc VmHWM sampled every 20 ms";

export async function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Measurement> {
  const rssFile = join(cwd, `.bench-rss-${process.pid}`);
  const [cmd, argv] = GNU_TIME ? [GNU_TIME, ["-f", "%M", "-o", rssFile, command, ...args]] : [command, args];
  const start = performance.now();
  const child = spawn(cmd, argv, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  let sampled = 0;
  const sampler = GNU_TIME ? undefined : setInterval(() => (sampled = Math.max(sampled, treeHighWaterKiB(child.pid ?? -1))), 20);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  const ms = performance.now() - start;
  clearInterval(sampler);
  let peakKiB = sampled;
  if (GNU_TIME) {
    peakKiB = Number(readFileSync(rssFile, "utf8").trim().split("\n").pop());
    await rm(rssFile, { force: true });
  }
  return { ms, peakMiB: peakKiB / 1024, code, output };
}

/** The largest VmHWM among `pid` and its descendants, in KiB. */
function treeHighWaterKiB(root: number): number {
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
  let peak = 0;
  for (const pids = [root]; pids.length;) {
    const pid = pids.pop() as number;
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      peak = Math.max(peak, Number(hwm ?? 0));
    } catch {
      // Ended.
    }
    pids.push(...(children.get(pid) ?? []));
  }
  return peak;
}

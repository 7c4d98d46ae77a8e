/**
 * Turns measurements into the BENCHMARKS.md tables: medians, ratios to the
 * peers, ms per page, peak memory, the machine and the targets of issue #6.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { cpus, loadavg, release, totalmem } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/site.ts";
import type { InstallResult } from "./install.ts";
import type { Measurement } from "./measure.ts";
import type { Tool } from "./projects.ts";
import { NPM_START_INCREMENTAL, type WatchResult } from "./watch.ts";

export interface SizeResult {
  articles: number;
  runs: Partial<Record<Tool["name"], Measurement[]>>;
  load: [number, number];
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export const load = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const version = (pkg: string) =>
  (JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;

export function machine(hugo: string | null, memorySource: string): string[] {
  const cpu = cpus();
  const lsb = existsSync("/etc/os-release") ? /PRETTY_NAME="([^"]+)"/.exec(readFileSync("/etc/os-release", "utf8"))?.[1] : undefined;
  return [
    `- CPU: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown"}; memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB; ${lsb ?? "Linux"} (kernel ${release()})`,
    `- Node ${process.versions.node}, Eleventy ${version("@11ty/eleventy")} (types stripped by Node), html-minifier-terser ${version("html-minifier-terser")}, markdown-it ${version("markdown-it")}`,
    `- Hugo: ${hugo ?? "not installed (apt-get install hugo)"}`,
    `- Peak memory: ${memorySource}, of the largest process of the build (for the full site, its node process or Pagefind's indexer, named beside the figure)`,
  ];
}

export interface Stats {
  median: number;
  min: number;
  max: number;
  peakMiB: number;
  /** The process that peaked, in the run that peaked highest. */
  peakBy: string;
}

export function stats(runs: readonly Measurement[]): Stats {
  const times = runs.map((r) => r.ms);
  const highest = runs.reduce((a, b) => (b.peakMiB > a.peakMiB ? b : a));
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), peakMiB: highest.peakMiB, peakBy: highest.peakBy };
}

export function buildTable(results: readonly SizeResult[]): string[] {
  const lines = [
    "| articles | build | median | runs (min–max) | × full site | × bare Eleventy | × Hugo | ms per article | peak RSS |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const result of results) {
    const full = result.runs["full site"] ? stats(result.runs["full site"]) : undefined;
    const bare = result.runs["bare Eleventy"] ? stats(result.runs["bare Eleventy"]) : undefined;
    const hugo = result.runs.Hugo ? stats(result.runs.Hugo) : undefined;
    for (const [name, runs] of Object.entries(result.runs)) {
      if (!runs?.length) continue;
      const s = stats(runs);
      const ratio = (peer?: Stats) => (peer ? `${(s.median / peer.median).toFixed(2)}` : "–");
      lines.push(
        `| ${result.articles.toLocaleString("en")} | ${name} | ${seconds(s.median)} s | ${runs.length} (${seconds(s.min)}–${seconds(s.max)}) | ${ratio(full)} | ${ratio(bare)} | ${ratio(hugo)} | ${(s.median / result.articles).toFixed(2)} | ${Math.round(s.peakMiB)} MiB (${s.peakBy}) |`,
      );
    }
  }
  return lines;
}

/** "--serve (real site, 3 articles)" → "`--serve` (real site, 3 articles)". */
const modeCell = (mode: string) => {
  const [flags, where] = mode.split(" (");
  return `\`${flags}\`${where ? ` (${where}` : ""}`;
};

export function watchTable(results: readonly WatchResult[], articles: number): string[] {
  const lines = [
    `Dev server (\`npm start\`'s command) on ${articles.toLocaleString("en")} articles; one article edited at a time:`,
    "",
    "| mode | first build | page rewritten (median of edits) | browser told to reload (median) | Eleventy's report of one rebuild |",
    "| --- | ---: | ---: | ---: | --- |",
  ];
  for (const r of results) {
    const reloads = r.edits.map((e) => e.reloadMs).filter((ms): ms is number => ms !== null);
    lines.push(
      `| ${modeCell(r.mode)} | ${seconds(r.firstBuildMs)} s | ${seconds(median(r.edits.map((e) => e.pageMs)))} s | ${reloads.length ? `${seconds(median(reloads))} s` : "–"} | ${r.edits[r.edits.length - 1]?.summary ?? ""} |`,
    );
  }
  return lines;
}

interface Target {
  what: string;
  value: string;
  met: boolean | null;
}

export function targets(results: readonly SizeResult[], watch: readonly WatchResult[], watchSize: number): Target[] {
  const at = (n: number) => results.find((r) => r.articles === n);
  const time = (n: number, tool: Tool["name"]) => {
    const runs = at(n)?.runs[tool];
    return runs?.length ? stats(runs) : undefined;
  };
  const list: Target[] = [];
  const full4k = time(4000, "full site");
  const bare4k = time(4000, "bare Eleventy");
  const hugo4k = time(4000, "Hugo");
  const baseBlog4k = time(4000, "eleventy-base-blog");
  if (full4k && baseBlog4k)
    list.push({
      what: "#19: 4,000 articles: full site ≤ 0.7 × eleventy-base-blog",
      value: `${(full4k.median / baseBlog4k.median).toFixed(2)} ×`,
      met: full4k.median <= 0.7 * baseBlog4k.median,
    });
  if (full4k && bare4k)
    list.push({
      what: "#19: 4,000 articles: full site ≤ 2.5 × bare Eleventy",
      value: `${(full4k.median / bare4k.median).toFixed(2)} ×`,
      met: full4k.median <= 2.5 * bare4k.median,
    });
  if (full4k && bare4k)
    list.push({
      what: "#6: 4,000 articles: full site ≤ 1.3 × bare Eleventy",
      value: `${(full4k.median / bare4k.median).toFixed(2)} ×`,
      met: full4k.median <= 1.3 * bare4k.median,
    });
  if (full4k && hugo4k)
    list.push({
      what: "#6: 4,000 articles: full site ≤ 3.0 × Hugo",
      value: `${(full4k.median / hugo4k.median).toFixed(2)} ×`,
      met: full4k.median <= 3 * hugo4k.median,
    });
  const full20k = time(20000, "full site");
  if (full20k) {
    list.push({ what: "20,000 articles: builds without a heap limit", value: "yes (no --max-old-space-size given)", met: true });
    list.push({
      what: "#19: 20,000 articles: peak RSS ≤ 1 GB",
      value: `${Math.round(full20k.peakMiB)} MiB (${full20k.peakBy})`,
      met: full20k.peakMiB <= 1024,
    });
    if (full4k)
      list.push({
        what: "20,000 articles: ≤ 5.5 × the 4,000 time (linear)",
        value: `${(full20k.median / full4k.median).toFixed(2)} ×`,
        met: full20k.median <= 5.5 * full4k.median,
      });
  }
  for (const w of watch) {
    const reloads = w.edits.map((e) => e.reloadMs ?? e.pageMs);
    const ms = median(reloads);
    const value = `${seconds(ms)} s`;
    const real = w.mode.includes("real site");
    const where = real ? "" : `, ${watchSize.toLocaleString("en")} articles`;
    const row = (limit: number, why: string) =>
      list.push({ what: `Edit one article, \`${w.mode}\`${where}: reloaded in ≤ ${limit / 1000} s${why}`, value, met: ms <= limit });
    const incremental = w.mode.includes("--incremental");
    if (real) row(500, " (#19, npm start's mode)");
    else if (incremental === NPM_START_INCREMENTAL) row(2000, " (#19, npm start's mode)");
    else list.push({ what: `Edit one article, \`${w.mode}\`${where} (not npm start's mode; \`npm run start:full\`)`, value, met: null });
    if (incremental && !real) row(1000, " (#6)");
  }
  return list;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

export function installLines(r: InstallResult): string[] {
  return [
    `\`npm ci\` on a fresh clone of this commit: ${seconds(r.ms)} s, ${r.packages} packages, node_modules ${mb(r.bytes)} (apparent size of its files). Largest packages:`,
    "",
    "| package | size |",
    "| --- | ---: |",
    ...r.largest.map((p) => `| ${p.name} | ${mb(p.bytes)} |`),
    "",
    `Not in it: Cloudflare's local runtime (wrangler, workerd) for \`npm run preview\` and the tests of \`_headers\` and the sign-in, which the first of them installs into tools/cloudflare/: ${seconds(r.runtime.ms)} s, ${mb(r.runtime.bytes)}.`,
  ];
}

/** Issue #28's install targets. */
export const installTargets = (r: InstallResult): Target[] => [
  { what: "#28: `npm ci` on a fresh clone ≤ 45 s", value: `${seconds(r.ms)} s`, met: r.ms <= 45_000 },
  { what: "#28: node_modules ≤ 450 MB", value: mb(r.bytes), met: r.bytes <= 450e6 },
];

export function targetLines(list: readonly Target[]): string[] {
  return [
    "| target | measured | met |",
    "| --- | ---: | :---: |",
    ...list.map((t) => `| ${t.what} | ${t.value} | ${t.met === null ? "–" : t.met ? "yes" : "**no**"} |`),
  ];
}

const START = "<!-- bench:start (written by `npm run bench`; edit outside these markers) -->";
const END = "<!-- bench:end -->";

/** Replaces the generated part of BENCHMARKS.md, keeping what people wrote around it. */
export async function writeBenchmarks(file: string, generated: readonly string[]): Promise<void> {
  const block = [START, ...generated, END].join("\n");
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const text =
    from >= 0 && to > from ? current.slice(0, from) + block + current.slice(to + END.length) : `# Build benchmarks\n\n${block}\n`;
  await writeFile(file, text);
}

export function nodeStartupMs(runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(process.execPath, ["-e", "0"]);
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * `npm run bench`: builds N synthetic articles with the full site, bare
 * Eleventy and Hugo (when installed), alternating the tools, and writes the
 * medians to BENCHMARKS.md. A benchmark, not a test: nothing fails on a time.
 *
 *   npm run bench                      1,000 and 4,000 articles, 3 runs each, and the dev-server edit
 *   npm run bench -- --large           adds 20,000 articles (about an hour: see LARGE)
 *   npm run bench -- --sizes=500 --runs=1 --no-watch --no-write   a quick look
 *   --no-peers, --no-hugo              leave out the peer sites of ../shared/peers/, or every Hugo build
 */
import { existsSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { BUILD_SCRIPT, createFixture, ROOT, SCRATCH } from "../helpers/site.ts";
import { articles } from "./articles.ts";
import { measure, memorySource } from "./measure.ts";
import { preparePeers } from "./peers.ts";
import { createProjects, hugoVersion, type Tool } from "./projects.ts";
import { measureInstall, type InstallResult } from "./install.ts";
import {
  buildTable,
  installLines,
  installTargets,
  load,
  machine,
  targetLines,
  targets,
  nodeStartupMs,
  watchTable,
  writeBenchmarks,
  type SizeResult,
} from "./report.ts";
import { measureEdits, NPM_START_INCREMENTAL, type WatchResult } from "./watch.ts";

const { values } = parseArgs({
  options: {
    large: { type: "boolean", default: false },
    sizes: { type: "string" },
    runs: { type: "string", default: "3" },
    "watch-size": { type: "string", default: "4000" },
    "no-watch": { type: "boolean", default: false },
    "no-hugo": { type: "boolean", default: false },
    "no-peers": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    "no-install": { type: "boolean", default: false },
  },
});

const sizes = values.sizes ? values.sizes.split(",").map(Number) : [1000, 4000, ...(values.large ? [20000] : [])];
const runs = Number(values.runs);
const watchSize = Number(values["watch-size"]);
const hugo = values["no-hugo"] ? null : hugoVersion();
const log = (line: string) => console.log(`[bench] ${line}`);
/**
 * From this size on: no warm-up, and the peers build once. At 20,000 articles
 * eleventy-base-blog takes about 5 minutes and PaperMod with previous/next
 * links grows about quadratically; three runs each would add an hour.
 */
const LARGE = 10000;
const PEERS = new Set<Tool["name"]>(["eleventy-base-blog", "PaperMod", "PaperMod (defaults)"]);

async function timed(tool: Tool, label: string) {
  await rm(tool.outputDir, { recursive: true, force: true }); // every build starts from an empty output folder
  const m = await measure(tool.command, tool.args, tool.cwd);
  if (m.code !== 0) throw new Error(`${tool.name} failed (exit ${m.code}):\n${m.output.slice(-3000)}`);
  log(`${label} ${tool.name.padEnd(13)} ${(m.ms / 1000).toFixed(2)} s  ${Math.round(m.peakMiB)} MiB ${m.peakBy}  (load ${load()})`);
  return m;
}

const startedAt = new Date();
const loadBefore = load();
log(`scratch ${SCRATCH}, sizes ${sizes.join(", ")}, ${runs} runs each, Hugo ${hugo ? "found" : "absent"}, load ${loadBefore}`);
const peers = values["no-peers"] ? null : await preparePeers(hugo !== null);
log(
  `peers: ${peers ? `eleventy-base-blog installed${hugo ? ", PaperMod with and without previous/next links" : ", PaperMod left out (no Hugo)"}` : "absent (../shared/peers/ not found)"}`,
);
// First, on a quiet machine: npm ci on a fresh clone (issue #28).
let install: InstallResult | null = null;
if (!values["no-install"]) {
  install = await measureInstall();
  log(`npm ci ${(install.ms / 1000).toFixed(2)} s, node_modules ${(install.bytes / 1e6).toFixed(0)} MB`);
}
const results: SizeResult[] = [];
const watch: WatchResult[] = [];

for (const size of sizes) {
  const list = articles(size);
  const projects = await createProjects(list, hugo !== null, peers);
  try {
    const result: SizeResult = { articles: size, runs: {}, load: [load(), 0] };
    // One untimed build each: caches, and a check that every tool builds the pages.
    if (size < LARGE) for (const tool of projects.tools) await timed(tool, `${size} warm-up`);
    for (let run = 0; run < runs; run++) {
      // Rotate the order so no tool always runs right after the same one.
      const order = projects.tools.map((_, i) => projects.tools[(i + run) % projects.tools.length] as Tool);
      for (const tool of order) {
        if (size >= LARGE && run > 0 && PEERS.has(tool.name)) continue;
        const m = await timed(tool, `${size} run ${run + 1}`);
        if (!existsSync(tool.pageOf(list[0]!))) throw new Error(`${tool.name} did not write ${tool.pageOf(list[0]!)}`);
        (result.runs[tool.name] ??= []).push(m);
      }
    }
    result.load[1] = load();
    results.push(result);
    if (size === watchSize && !values["no-watch"]) {
      for (const incremental of [false, true]) {
        log(`${size} dev server${incremental ? " --incremental" : ""}: first build, then edits`);
        const w = await measureEdits(projects.fixture.dir, list, { incremental });
        for (const e of w.edits)
          log(
            `  page ${(e.pageMs / 1000).toFixed(2)} s, reload ${e.reloadMs === null ? "–" : `${(e.reloadMs / 1000).toFixed(2)} s`}: ${e.summary}`,
          );
        watch.push(w);
      }
    }
  } finally {
    await projects.dispose();
  }
}

await peers?.dispose();
if (!values["no-watch"]) {
  // The site as it is: the same edit on its own articles, in npm start's mode.
  const real = await createFixture({ content: "real", withPosts: true });
  try {
    const posts = (await readdir(join(real.dir, "src/posts"))).filter((name) => name.endsWith(".md"));
    const list = await Promise.all(posts.map(async (name) => ({ name, text: await readFile(join(real.dir, "src/posts", name), "utf8") })));
    log(`real site (${list.length} articles) dev server: first build, then edits`);
    const w = await measureEdits(real.dir, list, { incremental: NPM_START_INCREMENTAL });
    for (const e of w.edits)
      log(
        `  page ${(e.pageMs / 1000).toFixed(2)} s, reload ${e.reloadMs === null ? "–" : `${(e.reloadMs / 1000).toFixed(2)} s`}: ${e.summary}`,
      );
    watch.push({ ...w, mode: `${w.mode} (real site, ${list.length} articles)` });
  } finally {
    await real.dispose();
  }
}
const nodeStart = nodeStartupMs();
const minutes = ((Date.now() - startedAt.getTime()) / 60000).toFixed(1);
const flags = process.argv.slice(2).filter((a) => a !== "--no-write");
const command = `npm run bench${flags.length ? ` -- ${flags.join(" ")}` : ""}`;
const generated = [
  `## Results of ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
  "",
  `Reproduce: \`${command}\` (about ${minutes} minutes here). Load average (1 min) ${loadBefore} at the start, ${results.map((r) => `${r.load[0]} → ${r.load[1]} over the ${r.articles.toLocaleString("en")} runs`).join(", ")}.`,
  "",
  ...machine(hugo, memorySource),
  "",
  `Wall time from spawn to exit, median of ${runs} alternating runs after one warm-up, each into an empty output folder on ${SCRATCH}; from ${LARGE.toLocaleString("en")} articles no warm-up (the full site's first run draws every share image) and one run of each peer.`,
  `The full site is \`${BUILD_SCRIPT.join(" ")}\` as \`npm run build\` runs it: its time includes Node's start (${(nodeStart / 1000).toFixed(2)} s for \`node -e 0\` here) and the atomic swap of dist/.`,
  "",
  ...buildTable(results),
  "",
  ...(watch.length ? [...watchTable(watch, watchSize), ""] : []),
  ...(install ? ["### Install", "", ...installLines(install), ""] : []),
  "### Targets",
  "",
  ...targetLines([...(install ? installTargets(install) : []), ...targets(results, watch, watchSize)]),
];
console.log(`\n${generated.join("\n")}\n`);
if (!values["no-write"]) {
  await writeBenchmarks(join(ROOT, "BENCHMARKS.md"), generated);
  log("BENCHMARKS.md written");
}

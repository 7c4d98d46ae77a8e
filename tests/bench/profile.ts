/**
 * `npm run bench:profile [-- --articles=4000]`: one production build of N
 * synthetic articles under V8's sampling profiler, summarised as self time
 * per package (and per file of this project), after one untimed build that
 * draws the share images, as the benchmark's runs are. The table BENCHMARKS.md shows
 * where a target is not met. The raw .cpuprofile stays for DevTools.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { BUILD_COMMAND, createFixture, run } from "../helpers/site.ts";
import { articles } from "./articles.ts";

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({ options: { articles: { type: "string", default: "4000" }, top: { type: "string", default: "14" } } });
const count = Number(values.articles);

/** "node_modules/@11ty/eleventy/src/…" → "@11ty/eleventy"; this project's files by path; Node's own as "node:…". */
function owner(url: string): string {
  if (!url) return "(V8: GC, compiled code, idle)";
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (modules) return modules[1]!;
  if (url.startsWith("node:")) return "node: (Node's own modules)";
  const own = /\/(src\/.+|_includes\/.+)$/.exec(url);
  return own ? own[1]! : url;
}

const fixture = await createFixture();
const posts = join(fixture.dir, "src/posts");
await mkdir(posts, { recursive: true });
for (const a of articles(count)) await writeFile(join(posts, a.name), a.text);
const profiles = join(fixture.dir, "profile");
const [node, ...args] = BUILD_COMMAND;
// As the benchmark times it: after one build has drawn the share images into the fixture's cache.
const warm = await run(node!, [...args, "dist"], fixture.dir);
if (warm.code !== 0) throw new Error(warm.stderr);
const started = performance.now();
const built = await run(node!, ["--cpu-prof", `--cpu-prof-dir=${profiles}`, ...args, "dist"], fixture.dir);
const wall = performance.now() - started;
if (built.code !== 0) throw new Error(built.stderr);

const totals = new Map<string, number>();
let all = 0;
for (const file of readdirSync(profiles)) {
  const profile = JSON.parse(readFileSync(join(profiles, file), "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const name = n.callFrame.functionName === "(idle)" ? "(idle: waiting on I/O or workers)" : owner(n.callFrame.url);
    const us = profile.timeDeltas[i] ?? 0;
    totals.set(name, (totals.get(name) ?? 0) + us);
    all += us;
  });
}
const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
console.log(
  `Profile of one production build of ${count.toLocaleString("en")} articles: ${(wall / 1000).toFixed(2)} s wall, ${(all / 1e6).toFixed(2)} s sampled over ${readdirSync(profiles).length} threads (self time; the minifier's workers included).\n`,
);
console.log("| self time | share | where |\n| ---: | ---: | --- |");
for (const [name, us] of rows) console.log(`| ${(us / 1e6).toFixed(2)} s | ${((100 * us) / all).toFixed(1)} % | ${name} |`);
console.log(`\nRaw profiles: ${profiles} (open in Chrome DevTools, Performance)`);

/** The patches of patches/ are in the installed packages, and do what patches/README.md says. */
import { execFileSync } from "node:child_process";
import { readdirSync, realpathSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { ROOT, SCRATCH } from "../helpers/site.ts";

interface Graph {
  addNode(node: string): void;
  addDependency(from: string, to: string): void;
  removeDependency(from: string, to: string): void;
  removeNode(node: string): void;
  outgoingEdges: Map<string, string[]>;
  incomingEdges: Map<string, string[]>;
}
interface Item {
  inputPath: string;
  date: Date;
  data: object;
}
// Not among the package's exports: loaded by path, as the patch names it.
const eleventySource = async <T>(path: string): Promise<T> =>
  (await import(pathToFileURL(join(ROOT, "node_modules/@11ty/eleventy/src", path)).href)) as T;
const { default: TemplateCollection } = await eleventySource<{ default: new () => { add(item: Item): void; getAllSorted(): Item[] } }>(
  "TemplateCollection.js",
);
const { TemplateDepGraph } = await eleventySource<{ TemplateDepGraph: new () => Graph }>("Util/TemplateDepGraph.js");
/** dependency-graph's DepGraph, which TemplateDepGraph extends (not a dependency of this project's own). */
const DepGraph = Object.getPrototypeOf(TemplateDepGraph) as new (options: { circular: boolean }) => Graph;
const { default: PathNormalizer } = await eleventySource<{ default: { fullNormalization(path: string): string } }>(
  "Util/PathNormalizer.js",
);
const patches = readdirSync(join(ROOT, "patches")).filter((name) => name.endsWith(".patch"));

// From the folder that really holds node_modules: git refuses paths through a symbolic link.
const installedIn = dirname(realpathSync(join(ROOT, "node_modules")));

it.each(patches)("%s is applied to node_modules", (patch) => {
  // Reversing it applies cleanly only if every hunk is in the installed files.
  expect(() =>
    execFileSync("git", ["apply", "--check", "--reverse", join(ROOT, "patches", patch)], { cwd: installedIn, stdio: "pipe" }),
  ).not.toThrow();
});

it("sorts a collection once per change, and hands out copies", () => {
  const item = (inputPath: string, day: number): Item => ({ inputPath, date: new Date(Date.UTC(2026, 0, day)), data: {} });
  const collection = new TemplateCollection();
  collection.add(item("./b.md", 2));
  collection.add(item("./a.md", 2));
  collection.add(item("./c.md", 1));
  const first = collection.getAllSorted();
  expect(first.map((i) => i.inputPath)).toEqual(["./c.md", "./a.md", "./b.md"]);
  first.pop(); // a caller's change stays its own
  expect(collection.getAllSorted()).toHaveLength(3);
  collection.add(item("./d.md", 0));
  expect(collection.getAllSorted().map((i) => i.inputPath)).toEqual(["./d.md", "./c.md", "./a.md", "./b.md"]);
});

it("keeps each dependency once, in both of the graph's lists, through additions and removals, as dependency-graph does", () => {
  const plain = new DepGraph({ circular: true });
  const patched = new TemplateDepGraph();
  const nodes = ["a", "b", "c", "d", "e"];
  let seed = 7;
  const pick = () => nodes[(seed = (seed * 48271) % 2147483647) % nodes.length]!;
  for (const node of nodes) for (const graph of [plain, patched]) graph.addNode(node);
  for (let step = 0; step < 2000; step++) {
    const [op, from, to] = [seed % 10, pick(), pick()];
    for (const graph of [plain, patched]) {
      if (op < 7) graph.addDependency(from, to);
      else if (op < 9) graph.removeDependency(from, to);
      else {
        graph.removeNode(from);
        graph.addNode(from);
      }
    }
  }
  const edges = (graph: Graph) =>
    nodes.map((node) => [node, [...graph.outgoingEdges.get(node)!].sort(), [...graph.incomingEdges.get(node)!].sort()]);
  expect(edges(patched)).toEqual(edges(plain));
  expect(edges(patched).some(([, outgoing]) => outgoing!.length > 1)).toBe(true);
});

it("normalizes a path as Eleventy does, and again after the working directory changes", () => {
  const cwd = process.cwd();
  const file = join(ROOT, "src/posts/a.md");
  expect(PathNormalizer.fullNormalization(file)).toBe(relative(cwd, file));
  expect(PathNormalizer.fullNormalization(pathToFileURL(file).href)).toBe(relative(cwd, file));
  expect(PathNormalizer.fullNormalization("./src/posts/a.md")).toBe("src/posts/a.md");
  try {
    process.chdir(join(ROOT, "src"));
    expect(PathNormalizer.fullNormalization(file)).toBe("posts/a.md");
  } finally {
    process.chdir(cwd);
  }
  expect(PathNormalizer.fullNormalization(file)).toBe(relative(cwd, file));
});

describe("a build of 40 pages with a layout", () => {
  let dir: string;
  let results: { outputPath: string; content: string }[] = [];
  let mostAtOnce = 0;
  beforeAll(async () => {
    dir = await mkdtemp(join(SCRATCH, "patch-render-"));
    await mkdir(join(dir, "src/_includes"), { recursive: true });
    await writeFile(join(dir, "src/_includes/page.njk"), "<main>{% probe %}{{ content | safe }}</main>\n");
    for (let i = 0; i < 40; i++) await writeFile(join(dir, `src/p${i}.md`), `---\nlayout: page.njk\n---\nPage ${i}\n`);
    let rendering = 0;
    const eleventy = new Eleventy(join(dir, "src"), join(dir, "out"), {
      quietMode: true,
      config(config: UserConfig) {
        config.addNunjucksAsyncShortcode("probe", async () => {
          mostAtOnce = Math.max(mostAtOnce, ++rendering);
          await new Promise((resolve) => setTimeout(resolve, 5));
          rendering--;
          return "";
        });
        config.on("eleventy.after", (event: { results: typeof results }) => void (results = event.results));
      },
    });
    await eleventy.write();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("renders its pages a few at a time, not all 40 at once", () => {
    expect(results).toHaveLength(40);
    expect(mostAtOnce).toBeGreaterThan(1);
    expect(mostAtOnce).toBeLessThanOrEqual(16);
  });

  it("hands eleventy.after each page's HTML from its file, not from memory", async () => {
    const page = results.find((r) => r.outputPath.endsWith("p7/index.html"))!;
    expect(Object.getOwnPropertyDescriptor(page, "content")?.get).toBeTypeOf("function");
    expect(page.content).toBe(await readFile(page.outputPath, "utf8"));
    expect(page.content).toContain("<main><p>Page 7</p>");
  });
});

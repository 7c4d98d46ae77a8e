/**
 * The three projects a benchmark compares, each holding the same synthetic
 * articles on tmpfs: our full site, bare Eleventy and a minimal Hugo site.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { BUILD_COMMAND, createFixture, ROOT, SCRATCH, type Fixture } from "../helpers/site.ts";
import type { Article } from "./articles.ts";
import type { Peers } from "./peers.ts";

export const ELEVENTY_CLI = join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs");

export interface Tool {
  name: "full site" | "bare Eleventy" | "Hugo" | "eleventy-base-blog" | "PaperMod" | "PaperMod (defaults)";
  cwd: string;
  command: string;
  args: string[];
  /** Removed before every run, so every build starts from an empty output folder. */
  outputDir: string;
  /** Where an article's page lands, to check that the build really wrote it. */
  pageOf(article: Article): string;
}

const slugOf = (a: Article) => a.name.replace(/\.md$/, "");

export function hugoVersion(): string | null {
  const result = spawnSync("hugo", ["version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : null;
}

async function writeAll(dir: string, articles: readonly Article[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  // A few hundred at a time: fast, without exhausting file handles.
  for (let i = 0; i < articles.length; i += 500) {
    await Promise.all(articles.slice(i, i + 500).map((a) => writeFile(join(dir, a.name), a.text)));
  }
}

/** Our site: the repository's templates, data and plugins, built by `src/build.ts` as `npm run build` does. */
async function fullSite(articles: readonly Article[]): Promise<{ tool: Tool; fixture: Fixture }> {
  const fixture = await createFixture();
  await writeAll(join(fixture.dir, "src/posts"), articles);
  const tool: Tool = {
    name: "full site",
    cwd: fixture.dir,
    command: BUILD_COMMAND[0]!,
    args: [...BUILD_COMMAND.slice(1), "dist"],
    outputDir: join(fixture.dir, "dist"),
    pageOf: (a) => join(fixture.dir, "dist/blog", slugOf(a), "index.html"),
  };
  return { tool, fixture };
}

/** Eleventy's CLI with an empty config on a folder of only the articles: no layout, no plugin. */
async function bareEleventy(root: string, articles: readonly Article[]): Promise<Tool> {
  const dir = join(root, "bare");
  await writeAll(join(dir, "posts"), articles);
  await writeFile(join(dir, "eleventy.config.cjs"), "module.exports = {};\n");
  return {
    name: "bare Eleventy",
    cwd: dir,
    command: process.execPath,
    args: [ELEVENTY_CLI, "--config=eleventy.config.cjs", "--input=posts", "--output=_site", "--quiet"],
    outputDir: join(dir, "_site"),
    pageOf: (a) => join(dir, "_site", slugOf(a), "index.html"),
  };
}

const HUGO_CONFIG = `baseURL = "https://example.org/"
languageCode = "id"
title = "Bench"
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;

const HUGO_SINGLE = `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>
{{ .Content }}
</main></body>
</html>
`;

/** A minimal Hugo site: one single-page layout, no list or taxonomy pages. */
async function hugoSite(root: string, articles: readonly Article[]): Promise<Tool> {
  const dir = join(root, "hugo");
  await writeAll(join(dir, "content/posts"), articles);
  await mkdir(join(dir, "layouts/_default"), { recursive: true });
  await writeFile(join(dir, "config.toml"), HUGO_CONFIG);
  await writeFile(join(dir, "layouts/_default/single.html"), HUGO_SINGLE);
  return {
    name: "Hugo",
    cwd: dir,
    command: "hugo",
    args: ["--quiet", "--source", dir, "--destination", join(dir, "public"), "--cacheDir", join(dir, ".cache")],
    outputDir: join(dir, "public"),
    pageOf: (a) => join(dir, "public/posts", slugOf(a).toLowerCase(), "index.html"),
  };
}

export interface Projects {
  tools: Tool[];
  fixture: Fixture;
  dispose(): Promise<void>;
}

export async function createProjects(articles: readonly Article[], withHugo: boolean, peers: Peers | null = null): Promise<Projects> {
  const root = await mkdtemp(join(SCRATCH, "site-bench-"));
  const { tool: full, fixture } = await fullSite(articles);
  const tools = [full, await bareEleventy(root, articles)];
  if (withHugo) tools.push(await hugoSite(root, articles));
  if (peers) tools.push(...(await peers.tools(root, articles, writeAll)));
  return {
    tools,
    fixture,
    async dispose() {
      await fixture.dispose();
      await rm(root, { recursive: true, force: true });
    },
  };
}

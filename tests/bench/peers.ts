/**
 * The two peer sites of issue #19, from ../shared/peers/ (their authors'
 * tarballs): Eleventy's official blog starter (its own `npm ci` from its
 * lockfile, articles in content/blog/) and Hugo's PaperMod theme (Debian's
 * Hugo, with its previous/next links on, as our articles have them, and
 * with the theme's defaults). Installed once per benchmark, copied per size.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, SCRATCH } from "../helpers/site.ts";
import type { Article } from "./articles.ts";
import type { Tool } from "./projects.ts";

export const PEERS_DIR = process.env.PEERS_DIR ?? join(ROOT, "../shared/peers");
const BASE_BLOG = "eleventy-base-blog-v9-e37a55c.tar.gz";
const PAPERMOD = "hugo-PaperMod-v7.0.tar.gz";

const slugOf = (a: Article) => a.name.replace(/\.md$/, "");

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${result.stderr.slice(-2000)}`);
}

export interface Peers {
  /** The peers' tools for one size, written into `root`. */
  tools(root: string, articles: readonly Article[], write: (dir: string, articles: readonly Article[]) => Promise<void>): Promise<Tool[]>;
  dispose(): Promise<void>;
}

/** Extracts the tarballs and installs the Eleventy starter once; null when ../shared/peers/ is absent. */
export async function preparePeers(withHugo: boolean): Promise<Peers | null> {
  if (!existsSync(join(PEERS_DIR, BASE_BLOG))) return null;
  const home = await mkdtemp(join(SCRATCH, "site-bench-peers-"));
  run("tar", ["xzf", join(PEERS_DIR, BASE_BLOG), "-C", home], home);
  const baseBlog = join(home, "eleventy-base-blog");
  run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], baseBlog);
  if (withHugo) run("tar", ["xzf", join(PEERS_DIR, PAPERMOD), "-C", home], home);

  return {
    async tools(root, articles, write) {
      const tools: Tool[] = [];
      const blog = join(root, "base-blog");
      await cp(baseBlog, blog, { recursive: true, filter: (source) => !source.startsWith(join(baseBlog, "node_modules")) });
      await symlink(join(baseBlog, "node_modules"), join(blog, "node_modules"));
      await write(join(blog, "content/blog"), articles);
      tools.push({
        name: "eleventy-base-blog",
        cwd: blog,
        command: process.execPath,
        args: [join(blog, "node_modules/@11ty/eleventy/cmd.cjs"), "--quiet"],
        outputDir: join(blog, "_site"),
        pageOf: (a) => join(blog, "_site/blog", slugOf(a), "index.html"),
      });
      if (withHugo) {
        for (const [name, navLinks] of [
          ["PaperMod", true],
          ["PaperMod (defaults)", false],
        ] as const) {
          const dir = join(root, navLinks ? "papermod" : "papermod-defaults");
          await mkdir(join(dir, "themes"), { recursive: true });
          await symlink(join(home, "PaperMod"), join(dir, "themes/PaperMod"));
          await write(join(dir, "content/posts"), articles);
          await writeFile(join(dir, "hugo.toml"), paperModConfig(navLinks));
          tools.push({
            name,
            cwd: dir,
            command: "hugo",
            args: ["--quiet", "--source", dir, "--destination", join(dir, "public"), "--cacheDir", join(dir, ".cache")],
            outputDir: join(dir, "public"),
            pageOf: (a) => join(dir, "public/posts", slugOf(a).toLowerCase(), "index.html"),
          });
        }
      }
      return tools;
    },
    dispose: () => rm(home, { recursive: true, force: true }),
  };
}

/** The set-up described in ../shared/peers/README.md. */
const paperModConfig = (navLinks: boolean) => `baseURL = "https://example.org/"
languageCode = "id"
title = "bench"
theme = "PaperMod"
paginate = 10
[outputs]
home = ["HTML", "RSS", "JSON"]
[params]
ShowReadingTime = true
ShowShareButtons = true
ShowPostNavLinks = ${navLinks}
ShowBreadCrumbs = true
ShowToc = true
[minify]
minifyOutput = true
`;

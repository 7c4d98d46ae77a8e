/**
 * Fixture sites: a copy of the project's templates, data and client code in
 * a temporary folder, with the articles each test needs, built by the real
 * build script in a child process (real exit code, real TZ).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as cheerio from "cheerio";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const TSX = join(ROOT, "node_modules/.bin/tsx");
/** tmpfs where there is one: builds write many small files. */
export const SCRATCH = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();

export interface Fixture {
  dir: string;
  /** Writes (or overwrites) a file relative to the fixture root. */
  write(path: string, text: string): Promise<void>;
  remove(path: string): Promise<void>;
  build(env?: Record<string, string>): Promise<BuildResult>;
  read(path: string): Promise<string>;
  page(url: string): Promise<cheerio.CheerioAPI>;
  exists(path: string): boolean;
  dispose(): Promise<void>;
}

export interface BuildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface FixtureOptions {
  /** Keep the project's own articles (default: start with none). */
  withPosts?: boolean;
  posts?: Record<string, string>;
}

export async function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export async function createFixture(options: FixtureOptions = {}): Promise<Fixture> {
  const dir = await mkdtemp(join(SCRATCH, "site-fixture-"));
  for (const part of ["src", "_includes", "_data"]) await cp(join(ROOT, part), join(dir, part), { recursive: true });
  if (!options.withPosts) {
    await rm(join(dir, "src/posts"), { recursive: true });
    await mkdir(join(dir, "src/posts"));
    await cp(join(ROOT, "src/posts/posts.11tydata.ts"), join(dir, "src/posts/posts.11tydata.ts"));
  }
  const fixture: Fixture = {
    dir,
    async write(path, text) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    },
    remove: (path) => rm(join(dir, path), { recursive: true, force: true }),
    build: (env = {}) => run(TSX, [join(ROOT, "src/build.ts"), "dist"], dir, env),
    read: (path) => readFile(join(dir, path), "utf8"),
    async page(url) {
      const file = url.endsWith("/") ? `${url}index.html` : url;
      return cheerio.load(await fixture.read(join("dist", file)));
    },
    exists: (path) => existsSync(join(dir, path)),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
  for (const [name, text] of Object.entries(options.posts ?? {})) await fixture.write(`src/posts/${name}`, text);
  return fixture;
}

/** A valid article's markdown; `fields` replace or add front matter lines. */
export function post(fields: Record<string, string | null> = {}, body = "Isi artikel.\n"): string {
  const base: Record<string, string | null> = {
    title: '"Judul Artikel"',
    description: '"Ringkasan artikel untuk mesin pencari."',
    date: "2022-10-04",
    tags: "[pemrograman]",
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}

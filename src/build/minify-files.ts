/**
 * Minifies written HTML files in worker threads. Each worker reads,
 * minifies and rewrites its share of the files one at a time: the main
 * thread holds no page, and minification, which costs more than Eleventy
 * spends rendering a page, runs on every core (BENCHMARKS.md, item 1 of
 * "What the profiles showed").
 */
import { readdir, rm, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Options } from "html-minifier-terser";

// One file at a time in each worker: html-minifier-terser is async
// throughout, and thousands of interleaved calls hold their parse state
// together (same section of BENCHMARKS.md).
const WORKER = new URL("./minify-worker.mjs", import.meta.url);
/**
 * V8 sizes a thread's young generation by the machine's memory: 128 MB per
 * worker on a 24 GB machine, nearly all of it one page's garbage. Each
 * worker held 150–180 MB while the first build of 20,000 articles minified;
 * 16 MB minifies as fast (1,500 pages, by turns). BENCHMARKS.md, #28.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 16 };

interface Reply {
  done?: true;
  path?: string;
  error?: string;
}

/** A file the minifier could not read, parse or write. */
export class MinifyFileError extends Error {
  override name = "MinifyFileError";
  readonly path: string;
  readonly reason: string;
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.reason = reason;
  }
}

export interface FileMinifier {
  /** Minifies the files in place; rejects with the first file that fails. */
  minify(paths: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

const stopped = (code: number) => new Error(`the HTML minifier stopped (exit code ${code})`);

/**
 * Starts the workers at once, so they load the minifier (about half a
 * second) while Eleventy renders; they then serve one batch after another.
 * With `cacheDir`, a page already minified by an earlier build (same text,
 * same options, same minifier) is written back from there (minify-worker.mjs).
 * Idle workers never keep the process alive, even when a build fails before
 * minify() is called.
 */
export function startFileMinifier(
  options: Options,
  size = Math.min(4, availableParallelism()),
  cacheDir: string | null = null,
): FileMinifier {
  const workers = Array.from(
    { length: Math.max(1, size) },
    () => new Worker(WORKER, { workerData: { options, cacheDir }, resourceLimits: RESOURCE_LIMITS }),
  );
  // A worker that failed to start, or stopped while idle, fails the build when it is given work, instead of leaving it waiting.
  const broken = new Map<Worker, unknown>();
  for (const worker of workers) {
    worker.unref();
    worker.on("error", (error) => broken.set(worker, error));
    worker.on("exit", (code) => broken.has(worker) || broken.set(worker, stopped(code)));
  }

  const run = (worker: Worker, paths: readonly string[]) =>
    new Promise<void>((resolve, reject) => {
      if (broken.has(worker)) return reject(broken.get(worker));
      // Listeners for this batch only: the workers serve batch after batch.
      const settle = (then: () => void) => {
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        worker.unref();
        then();
      };
      const onMessage = (reply: Reply) =>
        settle(() => (reply.done ? resolve() : reject(new MinifyFileError(reply.path ?? "", reply.error ?? ""))));
      const onError = (error: unknown) => settle(() => reject(error));
      const onExit = (code: number) => settle(() => reject(stopped(code)));
      worker.ref();
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(paths);
    });

  return {
    async minify(paths) {
      // Round robin: neighbouring files (a tag's pages, the paginated blog) have similar sizes.
      await Promise.all(
        workers.map((worker, w) =>
          run(
            worker,
            paths.filter((_, i) => i % workers.length === w),
          ),
        ),
      );
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** Removes cached pages no build has used for `days` (a hit refreshes a file's time). */
export async function pruneMinifyCache(cacheDir: string, days = 14): Promise<void> {
  const oldest = Date.now() - days * 86_400_000;
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const file = join(cacheDir, name);
      if ((await stat(file)).mtimeMs < oldest) await rm(file, { force: true });
    }),
  );
}

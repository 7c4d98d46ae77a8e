/**
 * Minifies written HTML files in worker threads. Each worker reads,
 * minifies and rewrites its share of the files one at a time: the main
 * thread holds no page, and minification, which costs more than Eleventy
 * spends rendering a page, runs on every core (BENCHMARKS.md, item 1 of
 * "What the profiles showed").
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Options } from "html-minifier-terser";

// One file at a time in each worker: html-minifier-terser is async
// throughout, and thousands of interleaved calls hold their parse state
// together (same section of BENCHMARKS.md).
const WORKER = new URL("./minify-worker.mjs", import.meta.url);

interface Reply {
  done?: true;
  path?: string;
  error?: string;
}

/** A file the minifier could not read, parse or write. */
export class MinifyFileError extends Error {
  override name = "MinifyFileError";
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

export interface FileMinifier {
  /** Minifies the files in place; rejects with the first file that fails. */
  minify(paths: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the workers at once, so they load the minifier (about half a
 * second) while Eleventy renders. Idle workers never keep the process alive,
 * even when the build fails before minify() is called.
 */
export function startFileMinifier(options: Options, size = Math.min(4, availableParallelism())): FileMinifier {
  const workers = Array.from({ length: Math.max(1, size) }, () => new Worker(WORKER, { workerData: { options } }));
  // A worker that fails to start fails the build when it is given work, instead of leaving it waiting.
  const startFailures = new Map<Worker, unknown>();
  for (const worker of workers) {
    worker.unref();
    worker.on("error", (error) => startFailures.set(worker, error));
  }

  const run = (worker: Worker, paths: readonly string[]) =>
    new Promise<void>((resolve, reject) => {
      if (startFailures.has(worker)) return reject(startFailures.get(worker));
      worker.ref();
      worker.on("message", (reply: Reply) => (reply.done ? resolve() : reject(new MinifyFileError(reply.path ?? "", reply.error ?? ""))));
      worker.on("error", reject);
      worker.on("exit", (code) => reject(new Error(`the HTML minifier stopped (exit code ${code})`)));
      worker.postMessage(paths);
    });

  return {
    async minify(paths) {
      // Round robin: neighbouring files (a tag's pages, the paginated blog) have similar sizes.
      await Promise.all(workers.map((worker, w) => run(worker, paths.filter((_, i) => i % workers.length === w))));
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

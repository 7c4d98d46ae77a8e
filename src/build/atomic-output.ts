/**
 * An output folder replaced in one step: the build writes into a staging
 * folder beside it, and only a finished build takes its place. Whatever
 * happens (an error, Ctrl-C, SIGTERM, a second build at the same time), the
 * folder is either the last good one or a complete new one, and nothing is
 * left beside it.
 */
import { createHash } from "node:crypto";
import { existsSync, renameSync, rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import lockfile from "proper-lockfile";

// Eleventy may still be copying a file when it reports a failure, so a
// removal can meet a folder that is not empty yet: retry a few times.
const RM_OPTIONS = { recursive: true, force: true, maxRetries: 10, retryDelay: 50 } as const;

/**
 * Removes a folder that writes already under way may still fill (an
 * interrupted build's file copies run on other threads): until it stays gone.
 */
function removeSync(path: string): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; attempt < 50 && existsSync(path); attempt++) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // ENOTEMPTY while a write lands: try again.
    }
    Atomics.wait(pause, 0, 0, 20);
  }
}

/** One lock per output folder, kept in the system's temporary folder: never a file beside the output. */
const lockPath = (output: string) =>
  join(tmpdir(), `eleventy-output-${createHash("sha256").update(output).digest("hex").slice(0, 16)}.lock`);

export class AtomicOutput {
  readonly output: string;
  readonly staging: string;
  /** The previous output while it is being replaced. */
  private previous: string | null = null;
  private finished = false;

  /** Whether the new output has taken the old one's place. */
  get committed(): boolean {
    return this.finished;
  }

  private constructor(output: string, staging: string) {
    this.output = output;
    this.staging = staging;
  }

  /** A fresh staging folder beside `outputDir`, on the same disk so the swap is a rename. */
  static async create(outputDir: string): Promise<AtomicOutput> {
    const output = resolve(outputDir);
    return new AtomicOutput(output, await mkdtemp(resolve(dirname(output), `${basename(output)}.tmp-`)));
  }

  /** Puts the staging folder in place of the output; one swap at a time across processes. */
  async commit(): Promise<void> {
    // The lock covers only the two renames, so a build that waits for it waits milliseconds.
    const release = await lockfile.lock(this.output, {
      realpath: false,
      lockfilePath: lockPath(this.output),
      retries: { retries: 200, minTimeout: 10, maxTimeout: 100 },
    });
    try {
      // Synchronous on purpose: a signal handler runs between two turns of
      // the event loop, so it finds the swap either not begun or done.
      if (existsSync(this.output)) {
        // Named after the staging folder: unique, so one build's clean-up never meets another's.
        this.previous = this.staging.replace(/\.tmp-(\w+)$/, ".old-$1");
        renameSync(this.output, this.previous);
      }
      try {
        renameSync(this.staging, this.output);
      } catch (error) {
        if (this.previous) renameSync(this.previous, this.output);
        this.previous = null;
        throw error;
      }
      this.finished = true;
    } finally {
      await release();
    }
    if (this.previous) await rm(this.previous, RM_OPTIONS);
    this.previous = null;
  }

  /** Removes the staging folder after a failed build. */
  async discard(): Promise<void> {
    await rm(this.staging, RM_OPTIONS);
  }

  /**
   * For an interrupted process, synchronously: puts the previous output back
   * if the swap was cut between its two renames, and removes what this build
   * wrote beside it. Safe to call at any point, any number of times.
   */
  restoreSync(): void {
    if (this.previous && !existsSync(this.output) && existsSync(this.previous)) renameSync(this.previous, this.output);
    if (this.previous) removeSync(this.previous);
    if (!this.finished) removeSync(this.staging);
    // A held lock is released by proper-lockfile's own exit handler.
  }
}

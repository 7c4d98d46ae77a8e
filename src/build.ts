/**
 * The production build: Eleventy writes into a staging folder, Pagefind
 * indexes it (build/search-index.ts), and it replaces dist/ only when the
 * whole build succeeded (see build/atomic-output.ts). A
 * failed or interrupted build exits non-zero, says why in its last lines and
 * leaves the last good dist/ as it was, with nothing beside it.
 *
 * Run from the project root: `node src/build.ts [outputDir]` (`npm run
 * build`; Node strips the types); DEBUG=1 adds stack traces to content
 * errors. One process, no launcher in between, so a signal reaches the
 * cleanup below. `npm run build` also gives Node --max-semi-space-size=16,
 * which V8 reads only at start: a young generation of 32 MB, not the 128 MB
 * it takes on a large machine (README, BENCHMARKS.md #28).
 */
import { constants } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import Eleventy from "@11ty/eleventy";
import { AtomicOutput } from "./build/atomic-output.ts";
import { BuildFailed, failureReport } from "./build/failure.ts";
import { indexSite, indexSummary } from "./build/search-index.ts";

const CONFIG = fileURLToPath(new URL("../.eleventy.ts", import.meta.url));

// Eleventy reports a failure itself, stack trace included, before it
// rejects; the build reports it once, in words an author can act on.
const silent = { message() {}, isVerbose: false };

async function runEleventy(outputDir: string): Promise<void> {
  const eleventy = new Eleventy("src", outputDir, { configPath: CONFIG, quietMode: true });
  eleventy.errorHandler.logger = silent;
  await eleventy.write();
}

/** Builds into `outputDir` atomically; rejects with the build's error after removing the staging folder. */
export async function build(outputDir: string, output?: AtomicOutput): Promise<void> {
  const target = output ?? (await AtomicOutput.create(outputDir));
  try {
    await runEleventy(target.staging);
    console.log(indexSummary(await indexSite(target.staging)));
  } catch (error) {
    // A failure to clean up is reported with the cause, never in its place.
    throw new BuildFailed(
      error,
      await target.discard().then(
        () => [],
        (cleanup: unknown) => [cleanup],
      ),
    );
  }
  await target.commit();
}

/**
 * How far V8 lets the heap grow past what the last full collection kept:
 * 1.3 times, not its default of up to 4 times. Rendering thousands of pages
 * leaves mostly garbage, so 20,000 articles peaked at 1.5 GB with 0.45 GB
 * live; with this, under 1 GB in the same time (BENCHMARKS.md, #28). A
 * growth factor, not a limit: a larger site still gets the heap it needs.
 * V8 reads the flag at every collection, so it applies when set here.
 */
const HEAP_GROWING_PERCENT = 30;

async function main(outputDir: string): Promise<void> {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const output = await AtomicOutput.create(outputDir);
  // Whatever ends the process, what it wrote beside the output goes with it.
  process.on("exit", () => output.restoreSync());
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    // Kept registered: a second Ctrl-C (npm forwards one too) must not kill the process mid-cleanup.
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      output.restoreSync();
      console.error(
        output.committed
          ? `[build] interrupted (${signal}) after ${outputDir}/ was written.`
          : `[build] interrupted (${signal}); ${outputDir}/ is left as it was.`,
      );
      process.exit(128 + constants.signals[signal]);
    });
  }
  try {
    await build(outputDir, output);
    console.log(`[build] ${outputDir}/ written`);
  } catch (error) {
    const failed = error instanceof BuildFailed ? error : new BuildFailed(error, []);
    console.error(failureReport({ outputDir, error: failed.cause, cleanup: failed.cleanup, debug: Boolean(process.env.DEBUG) }));
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv[2] ?? "dist");

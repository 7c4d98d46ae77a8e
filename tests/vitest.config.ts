import { basename, join } from "node:path";
import { defineConfig } from "vitest/config";
import { CACHE_DIRS } from "../src/build/cache-dirs.ts";
import { SCRATCH } from "./helpers/site.ts";
import WaitsFirst from "./sequencer.ts";

/**
 * Two projects, because vitest gives each project worker processes of its own:
 * - tests: everything but the gates, in folders by what a test reads:
 *   - tests/unit/ and tests/bench/: pure modules and plugins, and the
 *     benchmark's own checks; no build;
 *   - tests/build/: real builds of the tests' fixture content
 *     (tests/fixtures/), read in an HTML parser; never the site's own content
 *     (`npm run test:quick` runs these three folders, for the inner loop);
 *   - tests/cli/: the build as a child process, as CI and authors run it: its
 *     exit code, signals, time zones, the authors' walkthroughs; the
 *     first-use install of Cloudflare's runtime;
 *   - tests/browser/: the fixture content in Chromium, Lighthouse included
 *     (it asserts no timing: its performance score is only printed);
 * - gates: the quality gates, on whatever content there is (the real site,
 *   built by tests/global-setup.ts; `npm run check` runs only these).
 * One project for the five folders, not five: each project started its
 * own processes, and each process loads Eleventy and warms up its first
 * build again (1.9 s against 0.4 s for the next one).
 */
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    projects: [
      {
        extends: true,
        test: { name: "tests", include: ["tests/{unit,bench,build,cli,browser}/**/*.test.ts"] },
      },
      { extends: true, test: { name: "gates", include: ["tests/gates/**/*.test.ts"], globalSetup: ["tests/global-setup.ts"] } },
    ],
    // Node strips the types itself, so a worker's Eleventy loads .eleventy.ts and builds in-process (Fixture.buildHere).
    // One process per worker for all its files: Eleventy, the build and the libraries load once, not once per
    // file (the unit tests took 36 core-seconds isolated, 17 not). No test mocks a module or leaves fake timers
    // on, each build has its own fixture folder, and Fixture.buildHere restores the working directory and the
    // environment. What a library leaves in process.env (Lighthouse's DEBUG) never reaches a command the tests
    // start: they get commandEnv() (helpers/site.ts).
    isolate: false,
    setupFiles: ["tests/worker-setup.ts"],
    sequence: { sequencer: WaitsFirst },
    // Every fixture build draws its share images and minifies its pages once per machine, not once per
    // fixture: both are kept by content (src/build/cache-dirs.ts). tests/build/reproducible.test.ts draws afresh.
    env: Object.fromEntries(Object.values(CACHE_DIRS).map(({ env, path }) => [env, join(SCRATCH, `test-${basename(path)}`)])),
    testTimeout: 60_000,
    // What a page does after a click or a tick, on a busy machine: expect.poll's own default is 1 s
    // (a YouTube facade's player took 7 s to appear while the whole suite ran on two cores).
    expect: { poll: { timeout: 30_000 } },
    hookTimeout: 120_000,
    // One worker per core: the tests' own waits are short, and a third worker only made Chromium and
    // the builds contend. One run each here: the whole suite's last file ended at 233 s with
    // 3 workers (494 busy core-seconds), at 222 s with 2 (445); test:quick 40 s with 3, 34 s with 2. Earlier, with full Chromium: 433 s with 3, 496 s with 5.
    maxWorkers: 2,
    // A skipped test in CI is a test that did not run.
    allowOnly: false,
  },
});

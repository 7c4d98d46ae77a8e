import { basename, join } from "node:path";
import { defineConfig } from "vitest/config";
import { CACHE_DIRS } from "../src/build/cache-dirs.ts";
import { SCRATCH } from "./helpers/site.ts";
import WaitsFirst from "./sequencer.ts";

/**
 * Six projects, by what a test reads:
 * - unit: pure modules and plugins, and the benchmark's own checks; no build;
 * - build: real builds of the tests' fixture content (tests/fixtures/), read
 *   in an HTML parser; never the site's own content (`npm run test:quick`
 *   runs these two, for the inner loop);
 * - cli: the build as a child process, as CI and authors run it: its exit
 *   code, signals, time zones, the authors' walkthroughs;
 * - browser: the fixture content in Chromium;
 * - gates: the quality gates, on whatever content there is (the real site,
 *   built by tests/global-setup.ts; `npm run check` runs only these);
 * - lighthouse: Lighthouse on the fixture content.
 * All six share the workers: Lighthouse asserts no timing (its performance
 * score is only printed), so it need not run alone.
 */
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/bench/**/*.test.ts"] },
      },
      { extends: true, test: { name: "build", include: ["tests/build/**/*.test.ts"] } },
      { extends: true, test: { name: "cli", include: ["tests/cli/**/*.test.ts"] } },
      { extends: true, test: { name: "browser", include: ["tests/browser/**/*.test.ts"], exclude: ["tests/browser/lighthouse.test.ts"] } },
      { extends: true, test: { name: "lighthouse", include: ["tests/browser/lighthouse.test.ts"] } },
      { extends: true, test: { name: "gates", include: ["tests/gates/**/*.test.ts"], globalSetup: ["tests/global-setup.ts"] } },
    ],
    // Node strips the types itself, so a worker's Eleventy loads .eleventy.ts and builds in-process (Fixture.buildHere).
    // One process per worker for all its files: Eleventy, the build and the libraries load once, not once per
    // file (the unit tests took 36 core-seconds isolated, 17 not). No test mocks a module or leaves fake timers
    // on, each build has its own fixture folder, and Fixture.buildHere restores the working directory and the
    // environment.
    isolate: false,
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

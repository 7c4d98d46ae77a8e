import { defineConfig } from "vitest/config";

// By absolute URL: in-process builds run from inside a fixture's folder.
const TSX_LOADER = new URL("../node_modules/tsx/dist/loader.mjs", import.meta.url).href;

/**
 * Three projects, by what a test reads:
 * - unit: pure modules and plugins, and the benchmark's own checks; no build;
 * - build: real builds of the tests' fixture content (tests/fixtures/), in
 *   an HTML parser, Chromium or Lighthouse; never the site's own content;
 * - gates: the quality gates, on whatever content there is (the real site,
 *   built by tests/global-setup.ts; `npm run check` runs only these).
 * Lighthouse runs beside the other tests: its simulated throttling scores
 * the trace, not the wall time (it scored 100 in every category with both
 * cores held by busy loops).
 */
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/bench/**/*.test.ts"] } },
      // Workers load TypeScript natively (tsx), so Eleventy can build in-process (Fixture.buildHere).
      { extends: true, test: { name: "build", include: ["tests/build/**/*.test.ts", "tests/browser/**/*.test.ts"], execArgv: ["--import", TSX_LOADER] } },
      { extends: true, test: { name: "gates", include: ["tests/gates/**/*.test.ts"], globalSetup: ["tests/global-setup.ts"] } },
    ],
    // Two cores: a worker each.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // A skipped test in CI is a test that did not run.
    allowOnly: false,
  },
});

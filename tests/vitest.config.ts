import { defineConfig } from "vitest/config";

// By absolute URL: the minifier's worker threads inherit it, from inside a fixture's folder.
const TSX_LOADER = new URL("../node_modules/tsx/dist/loader.mjs", import.meta.url).href;

/**
 * Four projects, by what a test reads:
 * - unit: pure modules and plugins, and the benchmark's own checks; no build;
 * - build: real builds of the tests' fixture content (tests/fixtures/), in
 *   an HTML parser or Chromium; never the site's own content;
 * - gates: the quality gates, on whatever content there is (the real site,
 *   built by tests/global-setup.ts; `npm run check` runs only these);
 * - lighthouse: timing, so it runs alone, after every other test.
 */
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/bench/**/*.test.ts"] } },
      // Workers load TypeScript natively (tsx), so Eleventy can build in-process (Fixture.buildHere).
      { extends: true, test: { name: "build", include: ["tests/build/**/*.test.ts", "tests/browser/**/*.test.ts"], exclude: ["tests/browser/lighthouse.test.ts"], execArgv: ["--import", TSX_LOADER] } },
      { extends: true, test: { name: "gates", include: ["tests/gates/**/*.test.ts"], globalSetup: ["tests/global-setup.ts"] } },
      { extends: true, test: { name: "lighthouse", include: ["tests/browser/lighthouse.test.ts"], sequence: { groupOrder: 1 } } },
    ],
    // Build tests spawn real Eleventy builds; two cores, so keep it modest.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // A skipped test in CI is a test that did not run.
    allowOnly: false,
  },
});

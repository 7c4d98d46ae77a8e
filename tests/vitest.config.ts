import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    // Build tests spawn real Eleventy builds; two cores, so keep it modest.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // A skipped test in CI is a test that did not run.
    allowOnly: false,
  },
});

import { defineConfig } from "vitest/config";

const LIGHTHOUSE = "tests/browser/lighthouse.test.ts";

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    globalSetup: ["tests/global-setup.ts"],
    // Lighthouse measures timing: it runs alone, after every other test, so
    // parallel builds do not steal its CPU.
    projects: [
      { extends: true, test: { name: "site", include: ["tests/**/*.test.ts"], exclude: [LIGHTHOUSE], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: "lighthouse", include: [LIGHTHOUSE], sequence: { groupOrder: 1 } } },
    ],
    // Build tests spawn real Eleventy builds; two cores, so keep it modest.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // A skipped test in CI is a test that did not run.
    allowOnly: false,
  },
});

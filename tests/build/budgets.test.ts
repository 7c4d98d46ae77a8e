/** Every bundle esbuild writes stays within its gzipped budget (src/budgets.ts). */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { BUNDLE_BUDGETS } from "../../src/budgets.ts";
import { buildAssets, sizeTable, STYLES, type BuiltAsset } from "../../src/eleventy/assets.ts";

let out: string;
let assets: BuiltAsset[];

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "assets-"));
  assets = await buildAssets(out, { clientDir: "src/client", styles: STYLES, quiet: true });
  console.log(sizeTable(assets));
});
afterAll(() => rm(out, { recursive: true, force: true }));

it("builds every bundle the templates use, each with a budget", () => {
  expect(assets.map((a) => a.name).sort()).toEqual(Object.keys(BUNDLE_BUDGETS).sort());
});

it("keeps the countdown (copy button included) at most 1 KB gzipped", () => {
  expect(assets.find((a) => a.name === "countdown.js")!.gzipBytes).toBeLessThanOrEqual(1024);
});

it("keeps every bundle within its budget", () => {
  for (const asset of assets) expect(asset.gzipBytes, asset.name).toBeLessThanOrEqual(BUNDLE_BUDGETS[asset.name]!);
});

it("ships no runtime dependency in the countdown", async () => {
  const { readFile } = await import("node:fs/promises");
  const code = await readFile(join(out, assets.find((a) => a.name === "countdown.js")!.url), "utf8");
  expect(code).not.toMatch(/luxon|DateTime|Intl\./);
});

/** `npm start` (Eleventy in watch/serve mode) builds drafts, for authors' previews; `npm run build` does not. */
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createFixture, inFolder, post, ROOT, type Fixture } from "../helpers/site.ts";

let site: Fixture;
beforeAll(async () => {
  site = await createFixture({ posts: { "draf.md": post({ title: '"Draf"', draft: "true" }), "terbit.md": post() } });
});
afterAll(() => site.dispose());

it("builds drafts in watch mode, for authors' previews", async () => {
  // What `npm start` runs (Eleventy's command with --serve), less the server: Eleventy in watch mode, built once.
  await inFolder(site.dir, {}, () =>
    new Eleventy("src", ".dev", { configPath: join(ROOT, ".eleventy.ts"), runMode: "watch", quietMode: true }).write(),
  );
  expect(site.exists(".dev/blog/draf/index.html")).toBe(true);
  expect(site.exists(".dev/blog/terbit/index.html")).toBe(true);
});

it("leaves drafts out of the production build", async () => {
  const result = await site.buildHere();
  expect(result.code, result.stderr).toBe(0);
  expect(site.exists("dist/blog/terbit/index.html")).toBe(true);
  expect(site.exists("dist/blog/draf/index.html")).toBe(false);
});

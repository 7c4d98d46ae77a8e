/** `npm start` (Eleventy in watch/serve mode) builds drafts; `npm run build` does not. */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createFixture, post, ROOT, type Fixture } from "../helpers/site.ts";

let site: Fixture;
beforeAll(async () => {
  site = await createFixture({ posts: { "draf.md": post({ title: '"Draf"', draft: "true" }), "terbit.md": post() } });
});
afterAll(() => site.dispose());

it("builds drafts in watch mode, for authors' previews", async () => {
  const child = spawn(
    join(ROOT, "node_modules/.bin/tsx"),
    [join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs"), `--config=${join(ROOT, ".eleventy.ts")}`, "--watch", "--output=.dev"],
    { cwd: site.dir, stdio: "ignore" },
  );
  try {
    const target = join(site.dir, ".dev/blog/draf/index.html");
    const deadline = Date.now() + 50_000;
    while (!existsSync(target) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(existsSync(target)).toBe(true);
  } finally {
    child.kill();
  }
});

it("leaves drafts out of the production build", async () => {
  const result = await site.build();
  expect(result.code, result.stderr).toBe(0);
  expect(site.exists("dist/blog/terbit/index.html")).toBe(true);
  expect(site.exists("dist/blog/draf/index.html")).toBe(false);
});

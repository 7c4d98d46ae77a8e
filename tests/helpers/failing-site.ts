/**
 * A fixture site for the failure tests: built once, good, so each case can
 * check that a failed build leaves that dist/ exactly as it was, nothing
 * beside it, and its message last on one screen.
 */
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { expect } from "vitest";
import { createFixture, FIXTURE_CONTENT, post, type BuildResult, type Fixture } from "./site.ts";
import { FIXTURE_PROMO } from "./instants.ts";

export const FIXTURE_PROMOS = await readFile(join(FIXTURE_CONTENT, "_data/promos.yaml"), "utf8");
export const DURING = FIXTURE_PROMO.active;
export const DATE_EXPECTED = "expected a real calendar date written YYYY-MM-DD";
export const STACK_LINE = /^\s+at /m;

export interface FailingSite {
  site: Fixture;
  /** The home page of the last good build. */
  goodIndex: string;
}

/** Two articles, and originals for the picture cases: a drawing, and a screenshot narrower than the column; built once. */
export async function createFailingSite(): Promise<FailingSite> {
  const site = await createFixture({
    posts: { "baik.md": post({ title: '"Artikel Baik"' }), "lama.md": post({ title: '"Artikel Lama"' }) },
  });
  await site.write("src/images/garis.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 1"/>');
  await writeFile(
    join(site.dir, "src/images/kecil.png"),
    await sharp({ create: { width: 500, height: 300, channels: 3, background: "#fff" } })
      .png()
      .toBuffer(),
  );
  const first = await site.buildHere();
  expect(first.code, first.stderr).toBe(0);
  return { site, goodIndex: await site.read("dist/index.html") };
}

/** What a failed build must leave: its message last, no stack trace, dist/ as it was, nothing beside it. */
export async function expectCleanFailure({ site, goodIndex }: FailingSite, result: BuildResult, message: string | RegExp): Promise<void> {
  expect(result.code).toBe(1);
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines[0]).toBe("[build] failed; dist/ is left as it was.");
  const cause = lines.slice(1).join("\n");
  if (typeof message === "string") expect(cause).toContain(message);
  else expect(cause).toMatch(message);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stdout + result.stderr).not.toContain("Problem writing Eleventy templates");
  // One screen: the asset table, the promo line, Eleventy's summary, the message.
  expect((result.stdout + result.stderr).trimEnd().split("\n").length).toBeLessThanOrEqual(24);
  expect(await site.read("dist/index.html")).toBe(goodIndex);
  expect(site.exists("dist/blog/baik/index.html")).toBe(true);
  expect((await readdir(site.dir)).filter((f) => f.startsWith("dist."))).toEqual([]);
}

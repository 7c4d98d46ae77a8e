/**
 * The build process itself: interrupted at any point, or run twice at
 * once, it leaves a complete dist/ (the last good one or a new one, never a
 * mix) and nothing beside it.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digest } from "../helpers/dist.ts";
import { BUILD_COMMAND, commandEnv, createFixture, post, SCRATCH, type Fixture } from "../helpers/site.ts";
import { FIXTURE_PROMO } from "../helpers/instants.ts";

// Three moments of the fixture promo: each builds a different site.
const ENDED = FIXTURE_PROMO.ended;
const ACTIVE = FIXTURE_PROMO.active;
const UPCOMING = FIXTURE_PROMO.upcoming;

let site: Fixture;
/** A copy of the build at ENDED: what dist/ is again before each interruption. */
let endedCopy: string;
const digests: Record<string, Record<string, string>> = {};
const dist = () => join(site.dir, "dist");
const leftovers = async () => (await readdir(site.dir)).filter((f) => f.startsWith("dist."));

// The three sites, built in this process; the process under test is the command's.
beforeAll(async () => {
  site = await createFixture({ posts: { "artikel.md": post({ title: '"Artikel"' }) } });
  for (const moment of [ACTIVE, UPCOMING, ENDED]) {
    const result = await site.buildHere({ PROMO_NOW: moment });
    expect(result.code, result.stderr).toBe(0);
    digests[moment] = await digest(dist());
  }
  endedCopy = await mkdtemp(join(SCRATCH, "ended-"));
  await cp(dist(), endedCopy, { recursive: true });
});
afterAll(async () => {
  await site.dispose();
  await rm(endedCopy, { recursive: true, force: true });
});

async function restoreEnded(): Promise<void> {
  await rm(dist(), { recursive: true, force: true });
  await cp(endedCopy, dist(), { recursive: true });
}

const until = async (ready: () => boolean | Promise<boolean>, timeout = 30_000) => {
  for (const deadline = Date.now() + timeout; !(await ready());) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe("an interrupted build", { concurrent: false }, () => {
  const staging = async () => (await leftovers()).find((f) => f.startsWith("dist.tmp-"));
  it.each([
    ["SIGTERM", "as soon as its staging folder exists", async () => Boolean(await staging())],
    ["SIGINT", "while Eleventy writes the pages", async () => existsSync(join(site.dir, (await staging()) ?? "-", "blog"))],
    ["SIGTERM", "as Eleventy finishes, around the swap", async (out: string) => out.includes("[11ty]")],
  ] as const)("%s %s leaves a complete dist/ and nothing beside it", async (signal, _, ready) => {
    const child = spawn(BUILD_COMMAND[0]!, [...BUILD_COMMAND.slice(1), "dist"], {
      cwd: site.dir,
      env: { ...commandEnv(), PROMO_NOW: ACTIVE },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    await until(() => ready(out));
    child.kill(signal);
    const code = await exited;
    // Either it had just finished and swapped, or it stopped and left the last good dist/.
    const finished = out.includes("[build] dist/ written") || out.includes(`[build] interrupted (${signal}) after dist/ was written.`);
    if (!finished) {
      expect(code, out).toBe(signal === "SIGINT" ? 130 : 143);
      expect(out).toContain(`[build] interrupted (${signal}); dist/ is left as it was.`);
    }
    const now = await digest(dist());
    expect(
      now,
      `${finished ? "finished" : "stopped"}, but dist/ is ${now["index.html"] === digests[ACTIVE]!["index.html"] ? "the new build" : now["index.html"] === digests[ENDED]!["index.html"] ? "the old build" : "neither"}:\n${out}`,
    ).toEqual(finished ? digests[ACTIVE] : digests[ENDED]);
    expect(await leftovers()).toEqual([]);
    await restoreEnded();
  });
});

describe("two builds started at once", () => {
  it("leave a complete dist/ from one of them, never a mix, and nothing beside it", async () => {
    const [a, b] = await Promise.all([site.build({ PROMO_NOW: ACTIVE }), site.build({ PROMO_NOW: UPCOMING })]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    expect([digests[ACTIVE], digests[UPCOMING]]).toContainEqual(await digest(dist()));
    expect(await leftovers()).toEqual([]);
  });
});

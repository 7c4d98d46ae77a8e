/** The output swap, in-process. (Across processes a lock orders the swaps; its window is too short to race on purpose.) */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AtomicOutput } from "../../src/build/atomic-output.ts";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A staged build whose every file says `mark`. */
async function staged(mark: string): Promise<AtomicOutput> {
  const output = await AtomicOutput.create(join(root, "dist"));
  for (const name of ["a.html", "b.html", "c.html"]) writeFileSync(join(output.staging, name), mark);
  return output;
}
const contents = () => ["a.html", "b.html", "c.html"].map((n) => readFileSync(join(root, "dist", n), "utf8"));
const beside = () => readdirSync(root).filter((f) => f !== "dist");

describe("AtomicOutput", () => {
  it("replaces the output in one piece when two commits start together, 30 times over", async () => {
    root = mkdtempSync(join(tmpdir(), "atomic-"));
    await (await staged("first")).commit();
    for (let round = 0; round < 30; round++) {
      const [a, b] = await Promise.all([staged(`a${round}`), staged(`b${round}`)]);
      await Promise.all([a.commit(), b.commit()]);
      const files = contents();
      expect([`a${round}`, `b${round}`]).toContain(files[0]);
      expect(new Set(files).size, `round ${round}: ${files}`).toBe(1);
      expect(beside()).toEqual([]);
    }
  });

  it("discards a failed build's staging folder and keeps the output", async () => {
    root = mkdtempSync(join(tmpdir(), "atomic-"));
    await (await staged("good")).commit();
    const failed = await staged("bad");
    await failed.discard();
    expect(contents()).toEqual(["good", "good", "good"]);
    expect(beside()).toEqual([]);
  });

  it("on interruption, removes the staging folder synchronously and keeps the output", async () => {
    root = mkdtempSync(join(tmpdir(), "atomic-"));
    await (await staged("good")).commit();
    const interrupted = await staged("half");
    interrupted.restoreSync();
    interrupted.restoreSync(); // as the signal handler and then the exit handler do
    expect(contents()).toEqual(["good", "good", "good"]);
    expect(beside()).toEqual([]);
  });

  it("on interruption after its commit, changes nothing", async () => {
    root = mkdtempSync(join(tmpdir(), "atomic-"));
    const done = await staged("new");
    await done.commit();
    done.restoreSync();
    expect(contents()).toEqual(["new", "new", "new"]);
    expect(existsSync(done.staging)).toBe(false);
  });
});

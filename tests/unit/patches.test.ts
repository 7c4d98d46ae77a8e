/** The patches of patches/ are in the installed packages, and do what patches/README.md says. */
import { execFileSync } from "node:child_process";
import { readdirSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, it } from "vitest";
import { ROOT } from "../helpers/site.ts";

interface Item {
  inputPath: string;
  date: Date;
  data: object;
}
// Not among the package's exports: loaded by path, as the patch names it.
const { default: TemplateCollection } = (await import(
  pathToFileURL(join(ROOT, "node_modules/@11ty/eleventy/src/TemplateCollection.js")).href
)) as {
  default: new () => { add(item: Item): void; getAllSorted(): Item[] };
};
const patches = readdirSync(join(ROOT, "patches")).filter((name) => name.endsWith(".patch"));

// From the folder that really holds node_modules: git refuses paths through a symbolic link.
const installedIn = dirname(realpathSync(join(ROOT, "node_modules")));

it.each(patches)("%s is applied to node_modules", (patch) => {
  // Reversing it applies cleanly only if every hunk is in the installed files.
  expect(() =>
    execFileSync("git", ["apply", "--check", "--reverse", join(ROOT, "patches", patch)], { cwd: installedIn, stdio: "pipe" }),
  ).not.toThrow();
});

it("sorts a collection once per change, and hands out copies", () => {
  const item = (inputPath: string, day: number): Item => ({ inputPath, date: new Date(Date.UTC(2026, 0, day)), data: {} });
  const collection = new TemplateCollection();
  collection.add(item("./b.md", 2));
  collection.add(item("./a.md", 2));
  collection.add(item("./c.md", 1));
  const first = collection.getAllSorted();
  expect(first.map((i) => i.inputPath)).toEqual(["./c.md", "./a.md", "./b.md"]);
  first.pop(); // a caller's change stays its own
  expect(collection.getAllSorted()).toHaveLength(3);
  collection.add(item("./d.md", 0));
  expect(collection.getAllSorted().map((i) => i.inputPath)).toEqual(["./d.md", "./c.md", "./a.md", "./b.md"]);
});

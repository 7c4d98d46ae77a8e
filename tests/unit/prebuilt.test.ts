/** src/eleventy/prebuilt.ts: what a save under `npm start` rewrites before the pages, and what every production build writes. */
import { describe, expect, it } from "vitest";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { isUnder, writeBeforeEachBuild } from "../../src/eleventy/prebuilt.ts";

/** Eleventy's event registry, as much of it as the helper uses. */
function events() {
  const handlers = new Map<string, ((arg: never) => unknown)[]>();
  const config = { on: (name: string, handler: (arg: never) => unknown) => handlers.set(name, [...(handlers.get(name) ?? []), handler]) };
  const emit = async (name: string, arg: unknown) => {
    for (const handler of handlers.get(name) ?? []) await handler(arg as never);
  };
  return { config: config as unknown as UserConfig, emit };
}

function setup(present = () => true) {
  const { config, emit } = events();
  const writes: string[] = [];
  writeBeforeEachBuild(config, {
    isSource: (path) => isUnder(path, ["src/client"]),
    present,
    write: async (output) => void writes.push(output),
  });
  const build = (runMode: string, output = ".dev") => emit("eleventy.before", { directories: { output }, runMode });
  const save = (...paths: string[]) => emit("eleventy.beforeWatch", paths);
  return { writes, build, save };
}

describe("files written before the pages", () => {
  it("are written by every production build, even into the same folder", async () => {
    const { writes, build } = setup();
    await build("build", "dist");
    await build("build", "dist");
    expect(writes).toEqual(["dist", "dist"]);
  });

  it("under npm start: once, then again only after a save of one of their sources", async () => {
    const { writes, build, save } = setup();
    await build("serve");
    await save("./src/posts/artikel.md");
    await build("serve");
    expect(writes).toEqual([".dev"]);
    await save("./src/client/cart.ts");
    await build("serve");
    expect(writes).toEqual([".dev", ".dev"]);
  });

  it("under npm start: again when they are gone from the output", async () => {
    let there = true;
    const { writes, build } = setup(() => there);
    await build("watch");
    there = false;
    await build("watch");
    expect(writes).toEqual([".dev", ".dev"]);
  });
});

describe("isUnder", () => {
  it.each([
    ["./src/client/cart.ts", ["src/client"], true],
    ["src/client/cart.ts", ["./src/client/"], true],
    ["./src/assets/site.css", ["src/assets/site.css"], true],
    ["./src/clients.ts", ["src/client"], false],
    ["./src/posts/a.md", ["src/client", "src/lib"], false],
  ] as const)("%s under %j: %s", (path, roots, expected) => {
    expect(isUnder(path, roots)).toBe(expected);
  });
});

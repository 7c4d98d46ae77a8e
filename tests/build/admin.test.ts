/**
 * /admin/ in a real build of the tests' content: the editor is published
 * from the pinned npm package, with the committed config, kept out of search
 * engines and the search index, and no public page loads any of it.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { files, publicHtmlFiles, read } from "../helpers/dist.ts";
import { createFixture, ROOT, type Fixture } from "../helpers/site.ts";

let site: Fixture;
let dist: string;

beforeAll(async () => {
  site = await createFixture({ withPosts: true });
  const built = await site.buildHere();
  expect(built.code, built.stderr).toBe(0);
  dist = join(site.dir, "dist");
});
afterAll(() => site.dispose());

describe("the editor at /admin/", () => {
  it("is Decap CMS from its npm package, byte for byte, without source maps, and the committed config signing in on the site itself", async () => {
    const decap = dirname(createRequire(join(ROOT, "package.json")).resolve("decap-cms"));
    expect(await read(dist, "admin/decap/decap-cms.js")).toBe(readFileSync(join(decap, "decap-cms.js"), "utf8"));
    const published = (await files(dist)).filter((f) => f.startsWith("admin/"));
    expect(published.filter((f) => f.endsWith(".map"))).toEqual([]);
    const committed = parse(readFileSync(join(ROOT, "src/cms/config.yml"), "utf8")) as { backend: Record<string, unknown> };
    const { url } = parse(await site.read("_data/site.yaml")) as { url: string };
    expect(parse(await read(dist, "admin/config.yml"))).toEqual({ ...committed, backend: { ...committed.backend, base_url: url } });
    expect(committed.backend.auth_endpoint).toBe("api/auth");
    // Decap opens <base_url>/<auth_endpoint>: a Pages Function answers there.
    expect(existsSync(join(ROOT, "functions", `${committed.backend.auth_endpoint}.ts`))).toBe(true);
  });

  it("loads only its own files, says noindex, and gives the date field the site's time zone", async () => {
    const $ = await site.page("/admin/");
    expect($('meta[name="robots"]').attr("content")).toBe("noindex, nofollow");
    expect(
      $("script")
        .map((_, s) => $(s).attr("src"))
        .get(),
    ).toEqual(["/admin/decap/decap-cms.js", "/admin/admin.js"]);
    const { timeZone } = parse(await site.read("_data/site.yaml")) as { timeZone: string };
    expect($("html").attr("data-time-zone")).toBe(timeZone);
  });

  it("is in no sitemap, robots.txt keeps crawlers out, and no public page links to it or loads its files", async () => {
    expect(await site.read("dist/sitemap.xml")).not.toContain("/admin");
    expect((await site.read("dist/robots.txt")).split("\n")).toContain("Disallow: /admin/");
    for (const file of await publicHtmlFiles(dist)) expect(await read(dist, file), file).not.toMatch(/\/admin\//);
  });
});

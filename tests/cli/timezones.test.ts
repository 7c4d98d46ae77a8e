/**
 * The output does not depend on the clock zone of the machine that builds.
 * Built under zones west and east of Jakarta (a date read in the wrong zone
 * moves a day one way or the other): in this process with TZ switched (Node
 * applies it at once), and by the command started with TZ set; byte-
 * identical, with the same dates.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { digest } from "../helpers/dist.ts";
import { createFixture, post, type BuildResult, type Fixture } from "../helpers/site.ts";

const POSTS = {
  "tengah-malam.md": post({ title: '"Tengah Malam"', date: "2022-10-04" }),
  "dengan-jam.md": post({ title: '"Dengan Jam"', date: "2022-10-04T23:30:00+07:00" }),
};
const sites: Fixture[] = [];
afterAll(() => Promise.all(sites.map((s) => s.dispose())));

/** The dates the articles show, and a digest of the whole output. */
async function builtBy(build: (site: Fixture) => Promise<BuildResult>) {
  const site = await createFixture({ posts: POSTS });
  sites.push(site);
  const result = await build(site);
  expect(result.code, result.stderr).toBe(0);
  const dates = [];
  for (const url of ["/blog/tengah-malam/", "/blog/dengan-jam/"]) {
    const $ = await site.page(url);
    dates.push(`${$("article header time").attr("datetime")} ${$("article header time").text()}`);
  }
  return { dates, digest: await digest(join(site.dir, "dist")) };
}

let reference: Awaited<ReturnType<typeof builtBy>>;
beforeAll(async () => {
  reference = await builtBy((site) => site.buildHere({ TZ: "America/Los_Angeles" }));
});

it("shows each article's date as written, built under TZ=America/Los_Angeles", () => {
  expect(reference.dates).toEqual(["2022-10-04 4 Oktober 2022", "2022-10-04 4 Oktober 2022"]);
});

it("writes byte-identical output from the command under TZ=Pacific/Kiritimati", async () => {
  const built = await builtBy((site) => site.build({ TZ: "Pacific/Kiritimati" }));
  expect(built.dates).toEqual(reference.dates);
  expect(built.digest).toEqual(reference.digest);
});

/** Two builds of the same commit, in different folders, each drawing its share images afresh, are byte-identical. */
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { CACHE_DIRS } from "../../src/build/cache-dirs.ts";
import { digest } from "../helpers/dist.ts";
import { createFixture, type Fixture } from "../helpers/site.ts";

const sites: Fixture[] = [];
afterAll(() => Promise.all(sites.map((s) => s.dispose())));

it("produces byte-identical dist/ twice", async () => {
  const digests = [];
  for (let i = 0; i < 2; i++) {
    const site = await createFixture({ withPosts: true });
    sites.push(site);
    const result = await site.buildHere({ [CACHE_DIRS.shareImages.env]: join(site.dir, CACHE_DIRS.shareImages.path) });
    expect(result.code, result.stderr).toBe(0);
    digests.push(await digest(join(site.dir, "dist")));
  }
  console.log(
    `[reproducible] ${Object.keys(digests[0]!).length} files, identical: ${JSON.stringify(digests[0]) === JSON.stringify(digests[1])}`,
  );
  expect(Object.keys(digests[0]!).length).toBeGreaterThan(10);
  expect(Object.keys(digests[0]!).filter((file) => file.startsWith("share/")).length).toBeGreaterThan(10);
  expect(digests[1]).toEqual(digests[0]);
});

/** The output does not depend on the clock zone of the machine that builds. */
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { digest } from "../helpers/dist.ts";
import { createFixture, post, type Fixture } from "../helpers/site.ts";

const ZONES = ["UTC", "America/Los_Angeles", "Asia/Jakarta", "Pacific/Kiritimati"];
let site: Fixture;

beforeAll(async () => {
  site = await createFixture({
    posts: {
      "tengah-malam.md": post({ title: '"Tengah Malam"', date: "2022-10-04" }),
      "dengan-jam.md": post({ title: '"Dengan Jam"', date: "2022-10-04T23:30:00+07:00" }),
    },
  });
});
afterAll(() => site.dispose());

it("writes byte-identical output and the same dates under every TZ", async () => {
  const digests: Record<string, string>[] = [];
  for (const TZ of ZONES) {
    const result = await site.build({ TZ });
    expect(result.code, `${TZ}: ${result.stderr}`).toBe(0);
    const $ = await site.page("/blog/tengah-malam/");
    expect($("article header time").text(), TZ).toBe("4 Oktober 2022");
    expect($("article header time").attr("datetime"), TZ).toBe("2022-10-04");
    const late = await site.page("/blog/dengan-jam/");
    expect(late("article header time").text(), TZ).toBe("4 Oktober 2022");
    digests.push(await digest(join(site.dir, "dist")));
  }
  for (const d of digests.slice(1)) expect(d).toEqual(digests[0]);
});

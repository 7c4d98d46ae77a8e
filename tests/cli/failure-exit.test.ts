/**
 * A failed build from the command, as CI and authors run it: exit code 1,
 * the message last, dist/ and the folder as they were (the in-process cases
 * are tests/build/failures-*.test.ts).
 */
import { afterAll, beforeAll, it } from "vitest";
import { createFailingSite, expectCleanFailure, type FailingSite } from "../helpers/failing-site.ts";
import { post } from "../helpers/site.ts";

let failing: FailingSite;
beforeAll(async () => {
  failing = await createFailingSite();
});
afterAll(() => failing.site.dispose());

it("fails the same way from the command: exit code 1, the message last, nothing else changed", async () => {
  await failing.site.write("src/posts/rusak.md", post({ title: null }));
  const result = await failing.site.build();
  await failing.site.remove("src/posts/rusak.md");
  await expectCleanFailure(failing, result, 'src/posts/rusak.md: field "title": found nothing (the field is missing)');
});

/**
 * The pull request's comment on its check, from real logs: each file in
 * tests/fixtures/check-logs/ is the output of `npm run check` in a fixture
 * project (tests/helpers/site.ts, project: true), captured as the workflow
 * captures it (`2>&1 | tee`, colours on as on GitHub's runners):
 * - build-failed.log: the fixture's promo with `discount: lima puluh ribu`;
 * - gate-failed.log: an article linking to a page that does not exist.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { capLines, checkComment, cleanLines, failureLines, MARKER, MAX_LINE, MAX_LINES } from "../../src/ci/check-comment.ts";

const fixture = (name: string) => readFileSync(`tests/fixtures/check-logs/${name}`, "utf8");
const BUILD_FAILED = fixture("build-failed.log");
const GATE_FAILED = fixture("gate-failed.log");
const RUN = { commit: "0123456789abcdef", runUrl: "https://github.com/o/r/actions/runs/7" };
const ESC = "\u001b";

/** The text inside the comment's code block. */
const block = (comment: string) => /\n(`{3,})text\n([\s\S]*?)\n\1\n/.exec(comment)?.[2];

describe("the comment on a failed check", () => {
  it("shows a failed build's report and nothing before it: the cause, naming file, item, field, value and expectation", () => {
    expect(BUILD_FAILED).toContain(ESC); // the fixture is as coloured as a runner's log
    const comment = checkComment({ passed: false, log: BUILD_FAILED, ...RUN });
    expect(comment.split("\n")[0]).toBe(MARKER);
    expect(block(comment)).toBe(
      [
        "[build] failed; dist/ is left as it was.",
        '_data/promos.yaml: promo "akhir-tahun-2025" (#1), field "discount": found "lima puluh ribu"; expected a whole, positive amount in rupiah, such as 199000',
      ].join("\n"),
    );
    expect(comment).not.toContain(ESC);
    expect(comment).toContain("0123456");
    expect(comment).toContain(`(${RUN.runUrl})`);
  });

  it("shows a failed gate as vitest names it, with what it found and the totals, without source frames, timings or colours", () => {
    const lines = block(checkComment({ passed: false, log: GATE_FAILED, ...RUN }))!.split("\n");
    expect(lines[0]).toBe("FAIL   gates  tests/gates/links.test.ts > 'the site' > has zero broken internal links, assets or fragments");
    expect(lines).toContain('+   "blog/tautan/index.html → /blog/tidak-ada/",');
    expect(lines.slice(-2)).toEqual(["Test Files  1 failed | 6 passed (7)", "Tests  1 failed | 27 passed (28)"]);
    const text = lines.join("\n");
    expect(text).not.toMatch(/\d+\|/); // the test's source
    expect(text).not.toMatch(/❯|⎯|Duration|Start at|\[assets\]/);
    expect(text).not.toContain(ESC);
  });

  it("leaves out npm's own lines, which only say that the script failed", () => {
    const log = `${BUILD_FAILED}npm error Lifecycle script \`check\` failed with error:\nnpm error code 1\n`;
    expect(failureLines(log).at(-1)).toMatch(/^_data\/promos\.yaml: /);
  });

  it("shows the last lines of a log it does not recognise (a crash before the build)", () => {
    const log = Array.from({ length: 100 }, (_, i) => `line ${i}`).join("\n") + "\nError: Cannot find module 'x'\n\n";
    const lines = failureLines(log);
    expect(lines.at(-1)).toBe("Error: Cannot find module 'x'");
    expect(lines.length).toBeLessThanOrEqual(MAX_LINES);
    expect(lines).not.toContain("line 0");
  });

  it("keeps a line redrawn with a carriage return in its last state", () => {
    expect(cleanLines("progress 10%\rprogress 100%\r\ndone")).toEqual(["progress 100%", "done"]);
  });

  it("caps the length, and says what it left out", () => {
    const many = Array.from({ length: 100 }, (_, i) => `problem ${i}`);
    const capped = capLines(many);
    expect(capped).toHaveLength(MAX_LINES);
    expect(capped.at(-1)).toBe(`… ${100 - MAX_LINES + 1} more lines in the run's log`);
    const [long] = capLines(["x".repeat(5000)]);
    expect(long).toHaveLength(MAX_LINE);
    const comment = checkComment({ passed: false, log: `[build] failed; dist/ is left as it was.\n${many.join("\n")}`, ...RUN });
    expect(comment.length).toBeLessThan(6000);
  });

  it("keeps backticks in a message inside the code block", () => {
    const log = "[build] failed; dist/ is left as it was.\nsrc/posts/a.md, line 3: found ```` and ```; expected a closed code fence\n";
    const comment = checkComment({ passed: false, log, ...RUN });
    expect(block(comment)).toBe(log.trimEnd());
  });
});

describe("the comment once the check passes", () => {
  it("says so under the same marker, with no log", () => {
    const comment = checkComment({ passed: true, log: BUILD_FAILED, ...RUN });
    expect(comment.split("\n")[0]).toBe(MARKER);
    expect(comment).toMatch(/check passes/);
    expect(comment).not.toContain("[build]");
    expect(comment).toContain(`(${RUN.runUrl})`);
  });
});

describe("the command the workflow runs", () => {
  it("prints the comment for a log and an outcome, with the commit and run GitHub gives it", () => {
    const env = {
      ...process.env,
      HEAD_SHA: "fedcba9876543210",
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: "o/r",
      GITHUB_RUN_ID: "9",
    };
    const out = execFileSync(process.execPath, ["src/ci/check-comment.ts", "tests/fixtures/check-logs/build-failed.log", "failure"], {
      env,
      encoding: "utf8",
    });
    expect(out).toBe(
      `${checkComment({ passed: false, log: BUILD_FAILED, commit: "fedcba9876543210", runUrl: "https://github.com/o/r/actions/runs/9" })}\n`,
    );
  });

  it("refuses an outcome other than success or failure (a skipped check has nothing to report)", () => {
    expect(() => execFileSync(process.execPath, ["src/ci/check-comment.ts", "check.log", "skipped"], { stdio: "pipe" })).toThrow(/usage/);
  });

  it("starts with a marker the workflow can put in a jq string", () => {
    expect(MARKER).toMatch(/^<!-- [^"\\]+ -->$/);
  });
});

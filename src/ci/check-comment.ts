/**
 * The pull request's comment on its `npm run check` (the Deploy workflow,
 * job check-report): on a failure, the log's last lines that say why, where
 * the author looks; on a later pass, that it passes now. One comment per
 * pull request, found again by the hidden marker on its first line.
 *
 * Run by the workflow after the check, from the project root:
 * `node src/ci/check-comment.ts <log> <success|failure>`, the comment's text
 * on stdout. The commit and the run's address come from the variables
 * GitHub sets (HEAD_SHA is set by the workflow: a pull request's own commit).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";

/** The comment's first line: how the workflow finds the comment it wrote before. No quote or backslash (it goes into a jq string). */
export const MARKER = "<!-- deploy/check: npm run check on this pull request -->";

/** Enough for a few failures; GitHub takes 65,536 characters, an author reads far fewer. */
export const MAX_LINES = 40;
export const MAX_LINE = 300;

/** The log as a terminal showed it: no colour codes, a line redrawn with \r shows its last state. */
export function cleanLines(log: string): string[] {
  return stripVTControlCharacters(log)
    .split(/\r?\n/)
    .map((line) => line.slice(line.lastIndexOf("\r") + 1).trimEnd());
}

/** npm's own lines after a failed script: they say only that it failed. */
const NPM_NOISE = /^npm (error|ERR!)/;
/** Vitest's report of failed tests, and what in it is for a developer: separators, source frames, the location line. */
const FAILED_TESTS = /^⎯+ Failed Tests \d+ ⎯+$/;
const VITEST_NOISE = /^(⎯+(\[\d+\/\d+\])?⎯*$|\s*❯ |\s+\d*\s?\||\s*(Start at|Duration) {2})/;
const VITEST_SUMMARY = /^\s*(Test Files|Tests) {2}/;

/**
 * The lines that say why the check failed: the build's report when the
 * build failed (its cause is last), else vitest's failed tests without their
 * source frames and its totals, else the log's last lines.
 */
export function failureLines(log: string): string[] {
  const lines = cleanLines(log).filter((line) => !NPM_NOISE.test(line));
  const build = lines.findLastIndex((line) => line.startsWith("[build] failed"));
  if (build >= 0) return trimBlank(lines.slice(build));
  const tests = lines.findLastIndex((line) => FAILED_TESTS.test(line));
  if (tests >= 0) {
    const report = lines
      .slice(tests + 1)
      .filter((line) => !VITEST_NOISE.test(line) && !VITEST_SUMMARY.test(line))
      .map((line) => line.replace(/^\s+FAIL\b/, "FAIL"));
    const summary = lines
      .slice(tests)
      .filter((line) => VITEST_SUMMARY.test(line))
      .map((line) => line.trim());
    return [...squeezeBlank(trimBlank(report)), ...(summary.length ? ["", ...summary] : [])];
  }
  return trimBlank(lines).slice(-MAX_LINES / 2);
}

function trimBlank(lines: string[]): string[] {
  const first = lines.findIndex((line) => line.trim());
  const last = lines.findLastIndex((line) => line.trim());
  return first < 0 ? [] : lines.slice(first, last + 1);
}

const squeezeBlank = (lines: string[]) => lines.filter((line, i) => line.trim() || lines[i - 1]?.trim());

/** At most MAX_LINES lines of at most MAX_LINE characters; what is left out is said, never silently dropped. */
export function capLines(lines: string[]): string[] {
  const short = lines.map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line));
  if (short.length <= MAX_LINES) return short;
  return [...short.slice(0, MAX_LINES - 1), `… ${short.length - MAX_LINES + 1} more lines in the run's log`];
}

/** A code block no line of the text can close: a fence longer than any run of backticks in it. */
function codeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

export interface CheckRun {
  passed: boolean;
  /** The captured output of `npm run check` (stdout and stderr). */
  log: string;
  /** The pull request's commit the check ran on. */
  commit: string;
  /** The run's page, with the whole log. */
  runUrl: string;
}

/** The comment's text, in Markdown, the marker first. */
export function checkComment({ passed, log, commit, runUrl }: CheckRun): string {
  const short = commit.slice(0, 7);
  if (passed) {
    return [
      MARKER,
      "### ✅ Pemeriksaan lulus / The check passes",
      "",
      `\`npm run check\` passed on ${short} ([the run](${runUrl})): the problem reported here before is fixed. The preview follows ("View preview" in the editor).`,
    ].join("\n");
  }
  return [
    MARKER,
    "### ❌ Pemeriksaan gagal / The check failed",
    "",
    `\`npm run check\` failed on ${short}. It says why in its last lines:`,
    "",
    codeBlock(capLines(failureLines(log)).join("\n")),
    "",
    `Fix what it names, then save again: this comment is updated on every run. Nothing is published until the check passes. [The run's whole log](${runUrl})`,
  ].join("\n");
}

function main([logFile, outcome]: string[]): void {
  if (!logFile || (outcome !== "success" && outcome !== "failure")) {
    throw new Error("usage: node src/ci/check-comment.ts <log file> <success|failure>");
  }
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, HEAD_SHA } = process.env;
  const runUrl = `${GITHUB_SERVER_URL ?? "https://github.com"}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
  const log = outcome === "failure" ? readFileSync(logFile, "utf8") : "";
  process.stdout.write(`${checkComment({ passed: outcome === "success", log, commit: HEAD_SHA ?? "", runUrl })}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));

/**
 * The deploy workflow, read as GitHub reads it: which steps and jobs run for
 * each trigger, when the check passes or fails, for a pull request from this
 * repository or a fork. Its `if:` expressions are kept to comparisons joined
 * by || and && (no parentheses), which this test evaluates: the event's
 * name, a step's outcome, a job's output, whether the pull request comes
 * from this repository, and the status functions. A step or job whose `if:`
 * has no status function runs only while nothing failed, as on GitHub.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CMS_SETTINGS } from "../../src/cms/settings.ts";
import { MARKER } from "../../src/ci/check-comment.ts";
import { CACHE_DIRS } from "../../src/build/cache-dirs.ts";
import { ROOT, RUNTIME_DIR, WRANGLER_VERSION } from "../../src/wrangler.ts";

interface Step {
  id?: string;
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  if?: string;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
const workflow = parse(readFileSync(".github/workflows/deploy.yml", "utf8")) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};

/** A run of the workflow: its event, whether `npm run check` fails, whether the pull request comes from a fork. */
interface Scenario {
  event: string;
  checkFails?: boolean;
  fork?: boolean;
}
/** What a condition can read while a job runs: its steps' outcomes so far, the outputs of the jobs it needs, whether anything failed. */
interface State {
  scenario: Scenario;
  outcomes: Record<string, string>;
  needs: Record<string, Record<string, string>>;
  failed: boolean;
}

const STATUS = /^(!cancelled\(\)|always\(\)|success\(\)|failure\(\))$/;
const SAME_REPOSITORY = "github.event.pull_request.head.repo.full_name == github.repository";

function value(expression: string, state: State): string {
  if (expression === "github.event_name") return state.scenario.event;
  const step = /^steps\.([\w-]+)\.outcome$/.exec(expression);
  if (step) return state.outcomes[step[1]!] ?? "skipped";
  const output = /^needs\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
  if (output) return state.needs[output[1]!]?.[output[2]!] ?? "";
  throw new Error(`unsupported expression: ${expression}`);
}

/** Evaluates an `if:`; refuses anything this test does not know. */
function holds(condition: string | undefined, state: State): boolean {
  const terms = (condition ?? "").split(/ \|\| | && /).map((t) => t.trim());
  if (!terms.some((t) => STATUS.test(t)) && state.failed) return false; // an implicit success()
  if (condition === undefined) return true;
  return condition.split(" || ").some((any) =>
    any.split(" && ").every((raw) => {
      const term = raw.trim();
      if (term === "!cancelled()" || term === "always()") return true;
      if (term === "success()") return !state.failed;
      if (term === "failure()") return state.failed;
      if (term === SAME_REPOSITORY) return !state.scenario.fork;
      const match = /^([\w.-]+) (==|!=) '([a-z_]*)'$/.exec(term);
      if (!match) throw new Error(`unsupported if: ${condition}`);
      return match[2] === "==" ? value(match[1]!, state) === match[3] : value(match[1]!, state) !== match[3];
    }),
  );
}

/** The steps that run in each job that runs, in order; the check fails where the scenario says. */
function planSteps(scenario: Scenario): Record<string, Step[]> {
  const ran: Record<string, Step[]> = {};
  const results: Record<string, { failed: boolean; outputs: Record<string, string> }> = {};
  for (const [name, job] of Object.entries(workflow.jobs)) {
    if (job.needs && !ran[job.needs]) continue;
    const needs = job.needs ? { [job.needs]: results[job.needs]!.outputs } : {};
    const state: State = { scenario, outcomes: {}, needs, failed: job.needs ? results[job.needs]!.failed : false };
    if (!holds(job.if, state)) continue;
    state.failed = false; // a job that runs starts afresh
    ran[name] = job.steps.filter((step) => {
      if (!holds(step.if, state)) return false;
      const fails = Boolean(scenario.checkFails && step.id === "check");
      if (step.id) state.outcomes[step.id] = fails ? "failure" : "success";
      state.failed ||= fails;
      return true;
    });
    const outputs = Object.fromEntries(
      Object.entries(job.outputs ?? {}).map(([key, expr]) => [key, value(/^\$\{\{ (.+) \}\}$/.exec(expr)![1]!, state)]),
    );
    results[name] = { failed: state.failed, outputs };
  }
  return ran;
}

/** What runs for an event when everything passes: each job that runs, with the commands and actions of its steps, in order. */
function plan(event: string): Record<string, string[]> {
  const show = (s: Step) => s.run ?? `${s.uses} ${s.with?.command ?? ""}`.trim();
  return Object.fromEntries(Object.entries(planSteps({ event })).map(([job, steps]) => [job, steps.map(show)]));
}

/** The npm commands among a job's steps, in order. */
const npm = (steps: string[] = []) => steps.flatMap((s) => [...s.matchAll(/^npm (?:ci|test|run \S+)/gm)].map((m) => m[0]));
const deploys = (steps: string[] = []) => steps.filter((s) => s.includes("pages deploy dist"));

describe("the deploy workflow", () => {
  it.each(["deploy", "preview"])(
    "%s: the editor's sign-in (functions/ and what it imports) deploys beside dist/, with the wrangler tools/cloudflare/ pins",
    (name) => {
      const steps = workflow.jobs[name]!.steps;
      const checkout = steps.findIndex((s) => s.uses?.startsWith("actions/checkout@"));
      const deploy = steps.findIndex((s) => String(s.with?.command ?? "").includes("pages deploy dist"));
      expect(checkout).toBeGreaterThanOrEqual(0);
      expect(checkout).toBeLessThan(deploy);
      const folders = String(steps[checkout]!.with?.["sparse-checkout"]).trim().split("\n");
      expect(folders).toContain("functions");
      // Every module the functions import is checked out too.
      const imported = readdirSync("functions", { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".ts"))
        .flatMap((f) => [...readFileSync(join("functions", f), "utf8").matchAll(/from "(?:\.\.\/)+(src\/[\w-]+)\//g)].map((m) => m[1]!));
      for (const folder of new Set(imported)) expect(folders, folder).toContain(folder);
      expect(steps[deploy]!.with?.wranglerVersion).toBe(WRANGLER_VERSION);
    },
  );

  it("sets up the Node of .nvmrc in every job, the major package.json's engines asks for", () => {
    const usesNode = (s: Step) => /^(npm|npx|node) /m.test(s.run ?? "") || s.uses?.startsWith("cloudflare/wrangler-action@");
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const setup = job.steps.findIndex((s) => s.uses?.startsWith("actions/setup-node@"));
      const first = job.steps.findIndex(usesNode);
      if (first < 0) continue;
      expect(setup, name).toBeGreaterThanOrEqual(0);
      expect(setup, name).toBeLessThan(first);
      expect(job.steps[setup]!.with, name).toMatchObject({ "node-version-file": ".nvmrc" });
      expect(job.steps[setup]!.with, name).not.toHaveProperty("node-version");
    }
    const major = readFileSync(".nvmrc", "utf8").trim();
    const engines = (JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } }).engines.node;
    expect(engines).toBe(`>=${major}`);
  });

  it("has the four triggers: push to main, pull requests, hourly, by hand", () => {
    expect(workflow.on.push).toEqual({ branches: ["main"] });
    expect(workflow.on).toHaveProperty("pull_request");
    expect(workflow.on.schedule).toEqual([{ cron: "7 * * * *" }]);
    expect(workflow.on).toHaveProperty("workflow_dispatch");
  });

  it.each(["push", "workflow_dispatch"])("on %s: install, the whole test suite, build, then deploy main", (event) => {
    const { build, deploy, preview } = plan(event);
    expect(npm(build)).toEqual(["npm ci", "npm test", "npm run build"]);
    expect(deploys(deploy)).toHaveLength(1);
    expect(deploys(deploy)[0]).toContain("--branch=main");
    expect(preview).toBeUndefined();
  });

  it("every hour: install, the build and the content gates, then deploy main; no test suite, so nothing timed", () => {
    const { build, deploy, preview } = plan("schedule");
    expect(npm(build)).toEqual(["npm ci", "npm run check"]);
    expect(deploys(deploy)[0]).toContain("--branch=main");
    expect(preview).toBeUndefined();
  });

  it("on a pull request: the build and the content gates, then a preview deployment whose address goes in the summary", () => {
    const { build, deploy, preview } = plan("pull_request");
    expect(npm(build)).toEqual(["npm ci", "npm run check"]);
    expect(deploy).toBeUndefined();
    expect(deploys(preview)).toHaveLength(1);
    expect(deploys(preview)[0]).toContain("--branch=${{ github.head_ref }}");
    const summary = workflow.jobs.preview!.steps.at(-1)!;
    expect(summary.env?.URL).toBe("${{ steps.deploy.outputs.deployment-url }}");
    expect(summary.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
  });

  it("on a pull request, gives the preview's address to the CMS as the commit status its config names", () => {
    const job = workflow.jobs.preview! as Job & { permissions?: Record<string, string> };
    expect(job.permissions).toMatchObject({ statuses: "write" });
    const step = job.steps.find((s) => s.run?.includes("/statuses/"))!;
    expect(step.run).toContain(`context=${CMS_SETTINGS.previewStatus}`);
    expect(step.env?.URL).toBe("${{ steps.deploy.outputs.deployment-url }}");
    expect(step.env?.SHA).toBe("${{ github.event.pull_request.head.sha }}");
  });

  describe("a pull request's check, where the author looks", () => {
    const build = workflow.jobs.build!;
    const report = workflow.jobs["check-report"]!;
    const check = build.steps.find((s) => s.id === "check")!;
    const commentText = build.steps.find((s) => s.run?.includes("src/ci/check-comment.ts"))!;
    const comment = report.steps.find((s) => s.id === "comment")!;
    const status = report.steps.find((s) => s.run?.includes("/statuses/"))!;
    const names = (steps: Step[] = []) => steps.map((s) => s.name ?? s.uses);

    it("captures the check's output in a file and keeps its exit status (pipefail), for the job's output", () => {
      expect(check.run?.trim().split("\n")).toEqual(["set -o pipefail", "npm run check 2>&1 | tee check.log"]);
      expect(build.outputs?.check).toBe("${{ steps.check.outcome }}");
    });

    it.each([false, true])(
      "makes the comment's text from that log in the build job when the check fails (%s) or passes, and hands it on",
      (checkFails) => {
        const { build: steps, "check-report": reporting } = planSteps({ event: "pull_request", checkFails });
        expect(steps).toContain(commentText);
        expect(commentText.run).toBe('node src/ci/check-comment.ts check.log "${OUTCOME}" > check-comment.md');
        expect(commentText.env).toMatchObject({
          OUTCOME: "${{ steps.check.outcome }}",
          HEAD_SHA: "${{ github.event.pull_request.head.sha }}",
        });
        const upload = steps!.find((s) => s.with?.path === "check-comment.md");
        const download = reporting!.find((s) => s.uses?.startsWith("actions/download-artifact@"));
        expect(upload?.with?.name).toBe("check-comment");
        expect(download?.with?.name).toBe("check-comment");
        // The build job writes nothing to GitHub: it keeps the workflow's read-only token.
        expect(build.permissions).toBeUndefined();
        expect(workflow.permissions).toEqual({ contents: "read" });
      },
    );

    it.each(["push", "workflow_dispatch", "schedule"])("reports nothing to a pull request on %s", (event) => {
      for (const checkFails of [false, true]) {
        const jobs = planSteps({ event, checkFails });
        expect(jobs["check-report"]).toBeUndefined();
        expect(jobs.build).not.toContain(commentText);
      }
    });

    it("gives the writing token only to the report job, and only what it writes: the comment and the commit status", () => {
      expect(report.needs).toBe("build");
      expect(report.permissions).toEqual({ "pull-requests": "write", statuses: "write" });
    });

    it("when the check fails: the comment posted or edited, the preview's status set to failure, the run's summary", () => {
      const steps = planSteps({ event: "pull_request", checkFails: true })["check-report"];
      expect(steps).toContain(comment);
      expect(steps).toContain(status);
      expect(names(steps)).toContain("The comment in the run's summary (for a fork's pull request too)");
      expect(planSteps({ event: "pull_request", checkFails: true }).preview).toBeUndefined();
    });

    it("when it passes: the comment edited to say so (never a new one), no failure status, then the preview", () => {
      const jobs = planSteps({ event: "pull_request" });
      expect(jobs["check-report"]).toContain(comment);
      expect(jobs["check-report"]).not.toContain(status);
      expect(jobs.preview).toBeDefined();
      // A new comment only for a failure; an existing one is edited whatever the outcome.
      expect(comment.run).toMatch(
        /if \[ -n "\$\{id\}" \]; then\n\s+url=\$\(gh api -X PATCH "repos\/\$\{GITHUB_REPOSITORY\}\/issues\/comments\/\$\{id\}" -F body=@check-comment\.md/,
      );
      expect(comment.run).toMatch(
        /elif \[ "\$\{CHECK\}" = failure \]; then\n\s+url=\$\(gh api "\$\{comments\}" -F body=@check-comment\.md/,
      );
      expect(comment.env?.CHECK).toBe("${{ needs.build.outputs.check }}");
    });

    it("finds its own comment again by the marker the comment's text starts with, among the workflow's own comments on this pull request", () => {
      expect(comment.env).toMatchObject({ GH_TOKEN: "${{ github.token }}", PR: "${{ github.event.number }}" });
      expect(comment.run).toContain("set -o pipefail");
      expect(comment.run).toContain("marker=$(head -n 1 check-comment.md)");
      expect(comment.run).toContain('comments="repos/${GITHUB_REPOSITORY}/issues/${PR}/comments"');
      expect(comment.run).toContain('gh api --paginate "${comments}"');
      expect(comment.run).toContain('select(.user.login == \\"github-actions[bot]\\" and (.body | startswith(\\"${marker}\\")))');
      expect(MARKER).not.toMatch(/["\\]/);
    });

    it("sets the failure on the commit status the CMS reads, for the pull request's commit, with a short description", () => {
      expect(status.if).toContain("needs.build.outputs.check == 'failure'");
      expect(status.env).toMatchObject({
        GH_TOKEN: "${{ github.token }}",
        SHA: "${{ github.event.pull_request.head.sha }}",
        URL: "${{ steps.comment.outputs.url }}",
      });
      expect(status.run).toMatch(/^gh api "repos\/\$\{GITHUB_REPOSITORY\}\/statuses\/\$\{SHA\}" -f state=failure /);
      expect(status.run).toContain(`-f context=${CMS_SETTINGS.previewStatus} `);
      const description = /-f description="([^"]*)"/.exec(status.run!)?.[1];
      expect(description?.length).toBeGreaterThan(0);
      expect(description!.length).toBeLessThanOrEqual(140); // GitHub's limit
    });

    it("on a fork's pull request (a read-only token): no comment and no status, so nothing fails for that; the summary still says it", () => {
      for (const checkFails of [false, true]) {
        const steps = planSteps({ event: "pull_request", checkFails, fork: true })["check-report"];
        expect(names(steps)).toEqual(["actions/download-artifact@v4", "The comment in the run's summary (for a fork's pull request too)"]);
      }
    });

    it("reports nothing for a run cancelled by a newer push, nor when the check did not run (its job's output is skipped)", () => {
      expect(report.if).toContain("!cancelled()");
      expect(report.if).toContain("needs.build.outputs.check != 'skipped'");
      expect(commentText.if).toContain("steps.check.outcome != 'skipped'");
    });
  });

  it("keeps the share images and minified pages between runs, so a build draws and minifies only what changed", () => {
    const step = workflow.jobs.build!.steps.find((s) => s.uses?.startsWith("actions/cache@"));
    expect(step?.with).toMatchObject({ "restore-keys": "share-images-" });
    expect(step?.with?.path?.split("\n").filter(Boolean)).toEqual(Object.values(CACHE_DIRS).map((dir) => dir.path));
  });

  it("keys npm's download cache on both lockfiles: the project's, and the Cloudflare runtime's the tests install", () => {
    const setup = workflow.jobs.build!.steps.find((s) => s.uses?.startsWith("actions/setup-node@"));
    expect(setup?.with).toMatchObject({ cache: "npm" });
    const lockfiles = [join(ROOT, "package-lock.json"), join(RUNTIME_DIR, "package-lock.json")].map((f) => relative(ROOT, f));
    expect(setup?.with?.["cache-dependency-path"]?.split("\n").filter(Boolean)).toEqual(lockfiles);
  });

  it("runs the test command README gives, as .ci/run does", () => {
    const command = /^(npm \S+)\s+# run the whole test suite$/m.exec(readFileSync("README.md", "utf8"))?.[1];
    expect(command).toBe("npm test");
    expect(readFileSync(".ci/run", "utf8").trimEnd().split("\n").at(-1)).toBe(command);
    expect(plan("push").build).toContain(command);
  });
});

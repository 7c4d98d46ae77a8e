/**
 * The deploy workflow, read as GitHub reads it: which steps and jobs run for
 * each trigger. Its `if:` expressions are kept to comparisons of
 * github.event_name joined by || and &&, which this test evaluates.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CMS_SETTINGS } from "../../src/cms/settings.ts";

interface Step { name?: string; if?: string; run?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string> }
interface Job { needs?: string; if?: string; steps: Step[] }
const workflow = parse(readFileSync(".github/workflows/deploy.yml", "utf8")) as { on: Record<string, unknown>; jobs: Record<string, Job> };

/** Evaluates an `if:` for an event; refuses anything but event-name comparisons. */
function holds(condition: string | undefined, event: string): boolean {
  if (condition === undefined) return true;
  const clause = /^github\.event_name (==|!=) '([a-z_]+)'$/;
  return condition.split(" || ").some((any) =>
    any.split(" && ").every((term) => {
      const match = clause.exec(term.trim());
      if (!match) throw new Error(`unsupported if: ${condition}`);
      return match[1] === "==" ? event === match[2] : event !== match[2];
    }),
  );
}

/** What runs for an event: each job that runs, with the commands and actions of its steps, in order. */
function plan(event: string): Record<string, string[]> {
  const jobs: Record<string, string[]> = {};
  for (const [name, job] of Object.entries(workflow.jobs)) {
    if (job.needs && !jobs[job.needs]) continue;
    if (!holds(job.if, event)) continue;
    jobs[name] = job.steps.filter((s) => holds(s.if, event)).map((s) => s.run ?? `${s.uses} ${s.with?.command ?? ""}`.trim());
  }
  return jobs;
}

const deploys = (steps: string[] = []) => steps.filter((s) => s.includes("pages deploy dist"));

describe("the deploy workflow", () => {
  it("has the four triggers: push to main, pull requests, hourly, by hand", () => {
    expect(workflow.on.push).toEqual({ branches: ["main"] });
    expect(workflow.on).toHaveProperty("pull_request");
    expect(workflow.on.schedule).toEqual([{ cron: "7 * * * *" }]);
    expect(workflow.on).toHaveProperty("workflow_dispatch");
  });

  it.each(["push", "workflow_dispatch"])("on %s: install, the whole test suite, build, then deploy main", (event) => {
    const { build, deploy, preview } = plan(event);
    expect(build!.filter((s) => s.startsWith("npm"))).toEqual(["npm ci", "npm test", "npm run build"]);
    expect(deploys(deploy)).toHaveLength(1);
    expect(deploys(deploy)[0]).toContain("--branch=main");
    expect(preview).toBeUndefined();
  });

  it("every hour: install, the build and the content gates, then deploy main; no test suite, so nothing timed", () => {
    const { build, deploy, preview } = plan("schedule");
    expect(build!.filter((s) => s.startsWith("npm"))).toEqual(["npm ci", "npm run check"]);
    expect(deploys(deploy)[0]).toContain("--branch=main");
    expect(preview).toBeUndefined();
  });

  it("on a pull request: the build and the content gates, then a preview deployment whose address goes in the summary", () => {
    const { build, deploy, preview } = plan("pull_request");
    expect(build!.filter((s) => s.startsWith("npm"))).toEqual(["npm ci", "npm run check"]);
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

  it("keeps the share images and minified pages between runs, so a build draws and minifies only what changed", () => {
    const step = workflow.jobs.build!.steps.find((s) => s.uses?.startsWith("actions/cache@"));
    expect(step?.with).toMatchObject({ "restore-keys": "share-images-" });
    expect(step?.with?.path?.split("\n").filter(Boolean)).toEqual([".cache/share-images", ".cache/minified-html"]);
  });

  it("runs the test command README gives, as .ci/run does", () => {
    const command = /^(npm \S+)\s+# run the whole test suite$/m.exec(readFileSync("README.md", "utf8"))?.[1];
    expect(command).toBe("npm test");
    expect(readFileSync(".ci/run", "utf8").trimEnd().split("\n").at(-1)).toBe(command);
    expect(plan("push").build).toContain(command);
  });
});

/**
 * The quality gates share one fresh production build of the real site,
 * rendered while the seed promo runs (its heaviest state: countdown, promo
 * bar and code on the pages).
 */
import type { TestProject } from "vitest/node";
import { createFixture, type Fixture } from "./helpers/site.ts";

export const GATES_PROMO_NOW = "2025-12-20T09:00:00+07:00";
let site: Fixture | undefined;

export async function setup(project: TestProject): Promise<void> {
  site = await createFixture({ withPosts: true });
  const result = await site.build({ PROMO_NOW: GATES_PROMO_NOW });
  if (result.code !== 0) throw new Error(`the gates' build failed:\n${result.stderr}`);
  project.provide("dist", `${site.dir}/dist`);
}

export async function teardown(): Promise<void> {
  await site?.dispose();
}

declare module "vitest" {
  export interface ProvidedContext {
    dist: string;
  }
}

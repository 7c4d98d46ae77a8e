/**
 * The sites the gates run on (tests/global-setup.ts). The setup starts the
 * build of the real content without waiting for it, so the other tests run
 * meanwhile; a gate waits here until that build is done.
 */
import { existsSync, readFileSync } from "node:fs";
import { inject } from "vitest";

export interface GateSite {
  name: string;
  dist: string;
  /** The `_data/` folder the site was built from. */
  dataDir: string;
  /** The instant its promo state was rendered for (PROMO_NOW). */
  promoNow: string;
  /** A file the setup writes when the build is over, with its BuildResult; none for a site already built. */
  done?: string;
}

/** The gates' sites, once built; a failed build fails the gate with the build's report. */
export async function gateSites(): Promise<GateSite[]> {
  const sites = inject("gateSites");
  for (const { name, done } of sites) {
    if (!done) continue;
    while (!existsSync(done)) await new Promise((r) => setTimeout(r, 100));
    const result = JSON.parse(readFileSync(done, "utf8")) as { code: number; stderr: string };
    if (result.code !== 0) throw new Error(`the gates' build of ${name} failed:\n${result.stderr}`);
  }
  return sites;
}

declare module "vitest" {
  export interface ProvidedContext {
    gateSites: GateSite[];
  }
}

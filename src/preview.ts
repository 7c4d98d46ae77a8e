/**
 * `npm run preview`: the production build, served by Cloudflare Pages' own
 * runtime with the editor's sign-in (src/wrangler.ts) at
 * https://localhost:8788. The functions read GitHub's settings from
 * `.dev.vars` (README, "Signing in on the live site"). Ctrl+C stops it.
 */
import { spawn, spawnSync } from "node:child_process";
import { installRuntime, pagesDevArgs, pagesDevEnv, ROOT } from "./wrangler.ts";

const built = spawnSync(process.execPath, ["src/build.ts"], { cwd: ROOT, stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);
await installRuntime();
const server = spawn(process.execPath, pagesDevArgs({ dir: "dist", port: 8788, https: true }), {
  cwd: ROOT,
  stdio: "inherit",
  env: pagesDevEnv(),
});
server.on("exit", (code) => process.exit(code ?? 0));

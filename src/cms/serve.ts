/**
 * `npm run cms`: the editor on this machine. decap-server reads and writes
 * this working copy (no sign-in, localhost only) while `npm start` rebuilds
 * the site on every save: edit at http://localhost:8080/admin/, read the
 * page at http://localhost:8080/. Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { DECAP_SERVER_PORT } from "./decap-server.ts";

// Each in a process group of its own, stopped as a group: npm does not pass a signal on to the dev server it starts.
const start = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawn(command, args, { stdio: "inherit", detached: true, env });

const children: ChildProcess[] = [
  // Only this machine may reach it: it has no sign-in.
  start(process.execPath, [createRequire(import.meta.url).resolve("decap-server/dist/index.js")], {
    ...process.env,
    PORT: String(DECAP_SERVER_PORT),
    BIND_HOST: "127.0.0.1",
    MODE: "fs",
  }),
  start("npm", ["start"]),
];

const stop = (code: number) => {
  for (const child of children) if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
  process.exitCode = code;
};
for (const child of children) child.on("exit", (code) => stop(code ?? 1));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop(0));

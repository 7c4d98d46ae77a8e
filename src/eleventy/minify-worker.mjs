// A worker of minify-files.ts: minifies the HTML files it is sent, in place,
// one at a time, and answers { done } or the first { path, error }. Plain
// JavaScript, so a worker thread needs no TypeScript loader.
import { readFileSync, writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { minify } from "html-minifier-terser";

parentPort.on("message", async (paths) => {
  for (const path of paths) {
    try {
      writeFileSync(path, await minify(readFileSync(path, "utf8"), workerData.options));
    } catch (error) {
      parentPort.postMessage({ path, error: error instanceof Error ? error.message : String(error) });
      return;
    }
  }
  parentPort.postMessage({ done: true });
});

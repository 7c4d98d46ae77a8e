// A worker of minify-files.ts: minifies the HTML files it is sent, in place,
// one at a time, and answers { done } or the first { path, error }. Plain
// JavaScript, so a worker thread needs no TypeScript loader.
//
// With a cache folder, a page is minified once per content: its minified
// text is kept under the hash of the minifier's version, its options and the
// page, and a later build writes that text back instead of minifying again
// (html-minifier-terser is deterministic, so the bytes are the same).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parentPort, threadId, workerData } from "node:worker_threads";
import { minify } from "html-minifier-terser";

const { options, cacheDir } = workerData;
const { version } = createRequire(import.meta.url)("html-minifier-terser/package.json");
const salt = `${version}\0${JSON.stringify(options)}\0`;

async function minified(html) {
  if (!cacheDir) return minify(html, options);
  const file = join(cacheDir, createHash("sha256").update(salt).update(html).digest("hex"));
  try {
    const text = readFileSync(file, "utf8");
    const now = new Date();
    utimesSync(file, now, now); // in use: minify-files.ts prunes what no build has used for a while
    return text;
  } catch {
    const text = await minify(html, options);
    try {
      // Written whole, then renamed: a build running beside this one never reads half a page.
      mkdirSync(cacheDir, { recursive: true }); // relative to the folder being built, which a process may change
      const partial = `${file}.${process.pid}-${threadId}`;
      writeFileSync(partial, text);
      renameSync(partial, file);
    } catch {
      // A cache that cannot be written only costs the next build time.
    }
    return text;
  }
}

parentPort.on("message", async (paths) => {
  for (const path of paths) {
    try {
      writeFileSync(path, await minified(readFileSync(path, "utf8")));
    } catch (error) {
      parentPort.postMessage({ path, error: error instanceof Error ? error.message : String(error) });
      return;
    }
  }
  parentPort.postMessage({ done: true });
});

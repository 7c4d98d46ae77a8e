/**
 * Run by `npm ci` (postinstall): deletes the files of Decap's package that the
 * editor never serves (bundle.ts), two thirds of node_modules' largest package.
 */
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { DECAP_DIST, isDecapFile } from "./bundle.ts";

const unused = (await readdir(DECAP_DIST)).filter((name) => !isDecapFile(name));
await Promise.all(unused.map((name) => rm(join(DECAP_DIST, name))));

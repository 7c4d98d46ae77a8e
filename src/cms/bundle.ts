/**
 * Decap CMS's prebuilt bundle as its npm package ships it: which of its files
 * the editor serves. The package also ships 54 MB of source maps and a second
 * copy of every chunk (cms.js); `npm ci` removes those (prune-bundle.ts).
 */
import { createRequire } from "node:module";
import { dirname } from "node:path";

export const DECAP_DIST = dirname(createRequire(import.meta.url).resolve("decap-cms"));

/** The bundle, the chunks it loads on demand and its WebAssembly; not the source maps, nor the copy named cms.js. */
export const isDecapFile = (name: string) => /^(\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name);

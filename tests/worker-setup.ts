/**
 * Loaded in each test process before its first file, in the project
 * folder. esbuild starts its service in the folder its module was first
 * loaded in (node_modules/esbuild/lib/main.js: defaultWD), and builds run in
 * fixture folders that are removed after their test: first loaded in one,
 * esbuild cannot start once that folder is gone ("spawn … ENOENT"), which
 * happens when its bundles come from the cache (src/build/bundle-once.ts)
 * until a later build needs it.
 */
import "esbuild";

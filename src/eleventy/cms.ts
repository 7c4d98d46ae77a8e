/**
 * The authors' editor at /admin/: Decap CMS as its npm package ships it
 * (self-hosted, pinned), the site's date field (src/cms/admin.ts) and the
 * generated config. Written beside the pages, linked from none of them.
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { bundleOnce } from "../build/bundle-once.ts";
import { CACHE_DIRS, cacheDir } from "../build/cache-dirs.ts";
import { DECAP_DIST, isDecapFile } from "../cms/bundle.ts";
import { cmsConfigYaml } from "../cms/config.ts";
import { DECAP_SERVER_URL } from "../cms/decap-server.ts";
import { published, PUBLISHED_PATH } from "../cms/rules.ts";
import type { CatalogPages } from "../lib/catalog-view.ts";
import type { PromosData } from "../data/load-promos.ts";
import type { Site } from "../lib/site-schema.ts";
import { isUnder, writeBeforeEachBuild } from "./prebuilt.ts";

/**
 * /admin/* only (src/pages/_headers.njk); every public page keeps the site's
 * policy. Each source beyond 'self', and why Decap needs it:
 */
export const CMS_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Decap checks entries with ajv, which compiles its validators with new Function().
  "script-src 'self' 'unsafe-eval'",
  // Decap's components inject their styles (emotion) at run time.
  "style-src 'self' 'unsafe-inline'",
  // Authors' avatars from GitHub; pictures being uploaded are shown from blob: addresses.
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  // The GitHub API the live editor saves through; decap-server on the author's machine (npm run cms).
  `connect-src 'self' https://api.github.com ${DECAP_SERVER_URL}`,
  "font-src 'self' data:",
  // The preview pane is an empty frame of this page.
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Copies what changed only: `npm start` rebuilds often, and the bundle is 5 MB. */
async function copyIfChanged(from: string, to: string): Promise<void> {
  const [source, target] = await Promise.all([stat(from), stat(to).catch(() => null)]);
  if (target && target.size === source.size && target.mtimeMs >= source.mtimeMs) return;
  await copyFile(from, to);
}

/** The editor's code: Decap's bundle and the site's own (its config is a page: cmsPlugin). */
export async function writeCms(outputDir: string): Promise<void> {
  const admin = join(outputDir, "admin");
  await mkdir(join(admin, "decap"), { recursive: true });
  const names = (await readdir(DECAP_DIST)).filter(isDecapFile);
  await Promise.all(names.map((name) => copyIfChanged(join(DECAP_DIST, name), join(admin, "decap", name))));
  // Code of this project, wherever the content being built lives: the same bundle for every site.
  const [bundle] = await bundleOnce(
    fileURLToPath(new URL("../..", import.meta.url)),
    {
      entryPoints: ["src/cms/admin.ts"],
      bundle: true,
      minify: true,
      format: "iife",
      target: ["es2022"],
      legalComments: "none",
      loader: { ".yml": "text" },
      logLevel: "silent",
    },
    cacheDir(CACHE_DIRS.bundles),
  );
  await writeFile(join(admin, "admin.js"), bundle!.contents);
}

export default function cmsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addWatchTarget("src/cms");
  eleventyConfig.addGlobalData("cmsCsp", CMS_CONTENT_SECURITY_POLICY);
  // What the editor checks a save against (src/cms/rules.ts): this build's promos and prices.
  eleventyConfig.addTemplateFormats("11ty.js");
  eleventyConfig.addTemplate(
    "admin-published.11ty.js",
    ({ promos, courses }: { promos: PromosData; courses: CatalogPages }) => JSON.stringify(published(promos.all, courses)),
    { permalink: PUBLISHED_PATH, eleventyExcludeFromCollections: true },
  );
  // Its config signs in at the site's own address (the site's functions): a page of this build's data,
  // so an error in site.yaml is reported by the data's checks like any other, not half-way through writing files.
  eleventyConfig.addTemplate("admin-config.11ty.js", ({ site }: { site: Site }) => cmsConfigYaml(site.url), {
    permalink: "/admin/config.yml",
    eleventyExcludeFromCollections: true,
  });
  // Writing the editor takes about 150 ms: under `npm start`, only when its code changed.
  writeBeforeEachBuild(eleventyConfig, {
    isSource: (path) => isUnder(path, ["src/cms", "src/lib", "src/auth"]),
    present: (output) => existsSync(join(output, "admin/admin.js")),
    write: (output) => writeCms(output),
  });
}

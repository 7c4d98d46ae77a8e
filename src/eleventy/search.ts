/**
 * Search while previewing: `npm start` does not index (it would slow every
 * save); `SEARCH=1 npm start` indexes after each build. The production
 * build always indexes (src/build.ts).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { indexSite, indexSummary } from "../build/search-index.ts";

export default function searchPlugin(eleventyConfig: UserConfig): void {
  if (process.env.SEARCH !== "1") return;
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (runMode === "build") return;
    console.log(indexSummary(await indexSite(directories.output)));
  });
}

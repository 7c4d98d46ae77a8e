/**
 * The order files start in, so that two cores stay busy to the end: what
 * waits on other processes first (Lighthouse, the build as a command,
 * Chromium), the quick in-process tests last, filling the gaps. Within a
 * folder, vitest's own order: longest first when it has timings from an
 * earlier run, largest file first when it has none (a fresh clone, as CI).
 * Vitest's default runs projects by name, which left Lighthouse alone at
 * the end for 40 s.
 */
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Folders (or a file) in the order they start; what matches none starts last. */
const FIRST = ["tests/browser/lighthouse.test.ts", "tests/cli/", "tests/browser/", "tests/gates/", "tests/build/"];

export default class WaitsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const path = relative(file.project.config.root, file.moduleId);
      const at = FIRST.findIndex((start) => path.startsWith(start));
      return at < 0 ? FIRST.length : at;
    };
    // Array sort is stable: vitest's order holds within each folder.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * The order files start in, so that two cores stay busy to the end: what
 * waits on other processes first (Lighthouse, the build as a command,
 * Chromium), the quick in-process tests last, filling the gaps. Within a
 * project, vitest's own order: longest first when it has timings from an
 * earlier run, largest file first when it has none (a fresh clone, as CI).
 * Vitest's default runs projects by name, which left Lighthouse alone at
 * the end for 40 s.
 */
import { BaseSequencer, type TestSpecification } from "vitest/node";

const FIRST = ["lighthouse", "cli", "browser", "gates", "build", "unit"];

export default class WaitsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => FIRST.indexOf(file.project.name);
    // Array sort is stable: vitest's order holds within each project.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

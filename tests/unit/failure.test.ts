/** What a failed build prints: a content error as its message, a code fault with its stack, the cause last. */
import { describe, expect, it } from "vitest";
import { failureReport, isContentError } from "../../src/build/failure.ts";
import { DataError } from "../../src/lib/validation.ts";

/** As Eleventy wraps an error: an outer error pointing to it through `originalError`. */
const wrapped = (inner: Error, message = "Having trouble parsing data file ./_data/promos.yaml") =>
  Object.assign(new Error(message), { originalError: inner });
const MESSAGE = '_data/promos.yaml: promo "x" (#1), field "code": found ""; expected a promo code';

describe("failureReport", () => {
  it("shows a content error found anywhere in the chain as its message alone, last", () => {
    const error = wrapped(new DataError(MESSAGE));
    expect(isContentError(error)).toBe(true);
    expect(failureReport({ outputDir: "dist", error })).toBe(`[build] failed; dist/ is left as it was.\n${MESSAGE}`);
  });

  it("knows a DataError loaded by another module loader (a test runner, a worker) by its name", () => {
    const foreign = Object.assign(new Error(MESSAGE), { name: "DataError" });
    expect(isContentError(wrapped(foreign))).toBe(true);
    expect(
      failureReport({ outputDir: "dist", error: wrapped(foreign) })
        .split("\n")
        .at(-1),
    ).toBe(MESSAGE);
  });

  it("adds the stack trace when DEBUG asks, the message still last", () => {
    const report = failureReport({ outputDir: "dist", error: wrapped(new DataError(MESSAGE)), debug: true });
    expect(report).toMatch(/^\s+at /m);
    expect(report.split("\n").at(-1)).toBe(MESSAGE);
  });

  it("shows a fault in the code with its stack and each message once, the deepest last", () => {
    const error = wrapped(new TypeError("x is not a function"), "Having trouble rendering njk template ./src/pages/index.njk");
    const lines = failureReport({ outputDir: "dist", error }).split("\n");
    expect(isContentError(error)).toBe(false);
    expect(lines.some((l) => /^\s+at /.test(l))).toBe(true);
    expect(lines.slice(-3)).toEqual([
      "a fault in the build code, not in the content:",
      "  Having trouble rendering njk template ./src/pages/index.njk",
      "  caused by: x is not a function",
    ]);
  });

  it("mentions a failure while cleaning up without letting it replace the cause", () => {
    const report = failureReport({
      outputDir: "dist",
      error: new DataError(MESSAGE),
      cleanup: [new Error("ENOTEMPTY: directory not empty")],
    });
    expect(report.split("\n")).toEqual([
      "[build] failed; dist/ is left as it was.",
      "[build] (while cleaning up: ENOTEMPTY: directory not empty)",
      MESSAGE,
    ]);
  });
});

/**
 * What a failed build prints. An error in the authors' content (a DataError
 * anywhere in the chain Eleventy wraps it in) is shown as its message alone:
 * file, item, field, value, expectation. Anything else is a fault in the
 * code and keeps its stack trace, as does any failure when DEBUG is set.
 */
import { DataError } from "../lib/validation.ts";

type Chained = { originalError?: unknown; cause?: unknown };

/** The error and every error it wraps, outermost first. */
export function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (
    let e: unknown = error;
    e !== undefined && e !== null && !chain.includes(e);
    e = (e as Chained).originalError ?? (e as Chained).cause
  ) {
    chain.push(e);
  }
  return chain;
}

/** A failed build: its cause, and what went wrong while removing its staging folder. */
export class BuildFailed extends Error {
  override name = "BuildFailed";
  override readonly cause: unknown;
  readonly cleanup: unknown[];
  constructor(cause: unknown, cleanup: unknown[]) {
    super("the build failed", { cause });
    this.cause = cause;
    this.cleanup = cleanup;
  }
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** By name too: a copy of the class loaded by another module loader (a test runner, a worker) is still a DataError. */
const isDataError = (e: unknown): e is DataError => e instanceof DataError || (e instanceof Error && e.name === "DataError");

export function isContentError(error: unknown): boolean {
  return errorChain(error).some(isDataError);
}

export interface FailureReport {
  outputDir: string;
  error: unknown;
  /** Errors met while cleaning up: mentioned, never in place of the cause. */
  cleanup?: unknown[];
  debug?: boolean;
}

/** The lines to print, the cause last. */
export function failureReport({ outputDir, error, cleanup = [], debug = false }: FailureReport): string {
  const chain = errorChain(error);
  const content = chain.find(isDataError);
  const lines = [`[build] failed; ${outputDir}/ is left as it was.`];
  for (const problem of cleanup) lines.push(`[build] (while cleaning up: ${messageOf(problem)})`);
  if (content && !debug) {
    lines.push(content.message);
    return lines.join("\n");
  }
  const root = chain.at(-1);
  if (root instanceof Error && root.stack) lines.push(root.stack);
  if (content) {
    lines.push(content.message);
  } else {
    // Wrappers often quote the error they wrap: keep each message once, at its deepest.
    const messages = chain.map(messageOf).filter((m, i, all) => !all.slice(i + 1).some((deeper) => m.includes(deeper)));
    lines.push("a fault in the build code, not in the content:", ...messages.map((m, i) => `  ${i ? "caused by: " : ""}${m}`));
  }
  return lines.join("\n");
}

/**
 * Where a markdown token came from, so an article's problems name its file
 * and line (counted in the file, front matter included). Node's modules are
 * taken when a problem is reported, never on import: the rules that use this
 * run in the editor's preview too, where no article is being built.
 */
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";
import { DataError } from "../lib/validation.ts";

/** A token and the 0-based line of the markdown body it starts on. */
export interface Located {
  token: Token;
  line: number;
  /** The inline token holding it, for inline children. */
  parent?: Token;
}

/** Every block token and every inline child, with its line. */
export function* locatedTokens(tokens: readonly Token[]): Generator<Located> {
  // Some tokens (table cells, in some versions) carry no line: the nearest block's is used.
  let blockLine = 0;
  for (const token of tokens) {
    if (token.map) blockLine = token.map[0];
    yield { token, line: blockLine };
    if (token.type !== "inline" || !token.children) continue;
    let line = blockLine;
    for (const child of token.children) {
      if (child.type === "softbreak" || child.type === "hardbreak") line++;
      yield { token: child, line, parent: token };
    }
  }
}

/** The article being rendered, or null for markdown rendered outside a page (a filter). */
export const articlePath = (state: StateCore): string | null => state.env?.page?.inputPath ?? null;

/** Lines of the file above the markdown body (its front matter). */
function bodyOffset(inputPath: string, body: string): number {
  const text = process.getBuiltinModule("node:fs").readFileSync(inputPath, "utf8");
  const at = text.indexOf(body.slice(0, 200));
  return at < 0 ? 0 : text.slice(0, at).split("\n").length - 1;
}

/** Throws one DataError listing `file, line N: <what>: found …; expected …` for each problem. */
export function failAt(state: StateCore, what: string, problems: readonly { line: number; found: string; expected: string }[]): void {
  const inputPath = articlePath(state);
  if (problems.length === 0 || !inputPath) return;
  // In the editor's preview there is no file: lines are the body's own.
  const node = typeof process === "undefined" ? null : process;
  const file = node ? node.getBuiltinModule("node:path").relative(node.cwd(), inputPath) : inputPath;
  const offset = node ? bodyOffset(inputPath, state.src) : 0;
  throw new DataError(
    problems.map((p) => `${file}, line ${offset + p.line + 1}: ${what}: found ${p.found}; expected ${p.expected}`).join("\n"),
  );
}

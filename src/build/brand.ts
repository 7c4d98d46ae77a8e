/**
 * The brand, drawn once. Its colours are css/tokens.css's light scheme, read
 * from there so the share cards and the favicon cannot drift from the pages;
 * its mark is the logo's (partials/logo.njk prints `brand.glyph`).
 */
import { readFileSync } from "node:fs";

/** The custom properties of a stylesheet's first `:root { }` block: name (without `--`) → value. */
export function rootTokens(css: string): Record<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
  return Object.fromEntries([...block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
}

const TOKENS_FILE = new URL("../assets/css/tokens.css", import.meta.url);
const tokens = rootTokens(readFileSync(TOKENS_FILE, "utf8"));
function token(name: string): string {
  const value = tokens[name];
  if (!value)
    throw new Error(`src/assets/css/tokens.css: no --${name} in its :root block, which the share cards and the favicon draw with`);
  return value;
}

/** The light scheme's colours, as the pages use them. */
export const COLOURS = {
  bg: token("bg"),
  fg: token("fg"),
  muted: token("muted"),
  surface: token("surface"),
  brand: token("brand"),
  onBrand: token("on-brand"),
  promo: token("promo"),
  promoBg: token("promo-bg"),
};

/** The logo's mark: a rounded square with a chevron pair, 40 × 40. */
export const MARK_GLYPH = "m16 12-7 8 7 8m8-16 7 8-7 8";

/** The mark alone, as an SVG document: the favicon, and the logo on share cards. */
export const MARK_SVG =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="10" fill="${COLOURS.brand}"/>` +
  `<path d="${MARK_GLYPH}" fill="none" stroke="${COLOURS.onBrand}" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/**
 * Share cards: what a page's link preview image says, by kind of page, and
 * its layout as a tree that Satori draws (plain objects, no JSX, no DOM).
 * Pure: the same card always gives the same tree, hence the same image.
 */
import { COLOURS as BRAND, MARK_SVG } from "../build/brand.ts";

/** The image size every preview takes (Open Graph, X, WhatsApp). */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

export type ShareCard =
  | { kind: "promo"; kicker: string; headline: string; discount: string; when: string }
  | { kind: "article"; title: string; date: string; cover?: string }
  | { kind: "program"; category: string; title: string; labels: string; price: string }
  | { kind: "site"; title: string; description: string };

const PAD = 72;
/** The width of an article's cover on its card. */
export const COVER_WIDTH = 460;

/** A node of Satori's tree. */
export interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string; [key: string]: unknown };
}
const node = (
  type: string,
  style: Record<string, unknown>,
  children?: (Node | string)[] | string,
  extra: Record<string, unknown> = {},
): Node => ({
  type,
  props: { style: { display: "flex", ...style }, children, ...extra },
});
const text = (value: string, style: Record<string, unknown>) => node("div", style, value);

const MARK = `data:image/svg+xml;utf8,${encodeURIComponent(MARK_SVG)}`;

function brandLine(siteName: string): Node {
  return node("div", { alignItems: "center", gap: 20 }, [
    node("img", { width: 64, height: 64 }, undefined, { src: MARK, width: 64, height: 64 }),
    text(siteName, { fontSize: 34, fontWeight: 800, color: BRAND.fg }),
  ]);
}

/** Satori's tree for a card, 1200 × 630. Long titles are clamped to their lines by the layout. */
export function shareTree(card: ShareCard, siteName: string): Node {
  const frame = (background: string, children: Node[]) =>
    // Satori sizes the content box: the padding goes around it.
    node(
      "div",
      {
        width: SHARE_WIDTH - 2 * PAD,
        height: SHARE_HEIGHT - 2 * PAD,
        flexDirection: "column",
        justifyContent: "space-between",
        padding: PAD,
        background,
        fontFamily: "Noto Sans",
        color: BRAND.fg,
      },
      children,
    );
  const clamp = (lines: number) => ({ display: "block", lineClamp: lines });
  switch (card.kind) {
    case "promo":
      return frame(BRAND.promoBg, [
        brandLine(siteName),
        node("div", { flexDirection: "column" }, [
          text(card.kicker, { fontSize: 46, fontWeight: 700 }),
          text(card.discount, { fontSize: 160, fontWeight: 800, color: BRAND.promo, lineHeight: 1.05 }),
          text(card.headline, { fontSize: 40 }),
        ]),
        text(card.when, { fontSize: 34, fontWeight: 700, color: BRAND.fg }),
      ]);
    case "article": {
      const words = frame(BRAND.bg, [
        brandLine(siteName),
        node("div", { flexDirection: "column", gap: 16 }, [
          text("Artikel", { fontSize: 30, fontWeight: 700, color: BRAND.brand, textTransform: "uppercase", letterSpacing: 3 }),
          text(card.title, { fontSize: card.cover ? 52 : 64, fontWeight: 800, lineHeight: 1.15, ...clamp(card.cover ? 4 : 3) }),
        ]),
        text(card.date, { fontSize: 32, color: BRAND.muted }),
      ]);
      if (!card.cover) return words;
      // The cover fills the right part; the plugin turns `cover:` into the picture's pixels.
      words.props.style = { ...words.props.style, width: SHARE_WIDTH - COVER_WIDTH - 2 * PAD };
      return node("div", { width: SHARE_WIDTH, height: SHARE_HEIGHT }, [
        words,
        node("img", { width: COVER_WIDTH, height: SHARE_HEIGHT, objectFit: "cover" }, undefined, {
          src: `cover:${card.cover}`,
          width: COVER_WIDTH,
          height: SHARE_HEIGHT,
        }),
      ]);
    }
    case "program":
      return frame(BRAND.surface, [
        brandLine(siteName),
        node("div", { flexDirection: "column", gap: 16 }, [
          text(card.category, { fontSize: 30, fontWeight: 700, color: BRAND.brand, textTransform: "uppercase", letterSpacing: 3 }),
          text(card.title, { fontSize: 64, fontWeight: 800, lineHeight: 1.15, ...clamp(2) }),
          text(card.labels, { fontSize: 34, color: BRAND.muted }),
        ]),
        text(card.price, { fontSize: 52, fontWeight: 800, color: BRAND.promo }),
      ]);
    case "site":
      return frame(BRAND.bg, [
        brandLine(siteName),
        node("div", { flexDirection: "column", gap: 20 }, [
          text(card.title, { fontSize: 72, fontWeight: 800, lineHeight: 1.1, ...clamp(2) }),
          text(card.description, { fontSize: 36, color: BRAND.muted, lineHeight: 1.35, ...clamp(3) }),
        ]),
        node("div", { height: 12, width: 240, background: BRAND.brand, borderRadius: 6 }, []),
      ]);
  }
}

/** What the preview's alt text says. */
export function shareAlt(card: ShareCard): string {
  switch (card.kind) {
    case "promo":
      return `${card.kicker}: ${card.discount}. ${card.when}`;
    case "article":
      return `Artikel: ${card.title}, ${card.date}`;
    case "program":
      return `Program ${card.title} (${card.labels}), ${card.price}`;
    case "site":
      return `${card.title}: ${card.description}`;
  }
}

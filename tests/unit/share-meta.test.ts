/** What a shared link says, by kind of page; the card's layout stays inside 1200 × 630. */
import { describe, expect, it } from "vitest";
import type { PricedCourse, PromoView } from "../../src/lib/promo-view.ts";
import { SHARE_HEIGHT, SHARE_WIDTH, shareAlt, shareTree } from "../../src/lib/share-card.ts";
import { shareMeta } from "../../src/lib/share-meta.ts";

const site = { name: "Situs", description: "Tentang situs." };
const program = {
  title: "Go untuk Back End",
  category: "Back End",
  labels: ["Menengah", "8 minggu"],
  pricing: { normal: "Rp999.000", promo: null },
} as unknown as PricedCourse;

describe("shareMeta", () => {
  it("shares an article as its title and date, with its cover", () => {
    expect(
      shareMeta({
        url: "/blog/a/",
        title: "Judul",
        description: "Ringkas.",
        articleDate: "4 Oktober 2022",
        cover: "/images/a.jpg",
        promo: null,
        site,
      }),
    ).toEqual({
      title: "Judul",
      description: "Ringkas.",
      card: { kind: "article", title: "Judul", date: "4 Oktober 2022", cover: "/images/a.jpg" },
    });
  });

  it("shares a program with its level, duration and the price it has now", () => {
    expect(shareMeta({ url: "/kelas/go/", title: "Go untuk Back End", program, promo: null, site }).card).toEqual({
      kind: "program",
      category: "Back End",
      title: "Go untuk Back End",
      labels: "Menengah · 8 minggu",
      price: "Rp999.000",
    });
    const discounted = {
      ...program,
      pricing: {
        normal: "Rp999.000",
        promo: { price: "Rp800.000", startText: "", hidden: { active: false, upcoming: true, ended: true } },
      },
    } as PricedCourse;
    expect(shareMeta({ url: "/kelas/go/", program: discounted, promo: null, site }).card).toMatchObject({
      price: "Rp800.000 (harga promo)",
    });
  });

  it("shares every other page with its own texts and the one site card", () => {
    const listing = shareMeta({ url: "/blog/", title: "Blog", description: "Semua artikel.", promo: null, site });
    expect(listing).toEqual({
      title: "Blog",
      description: "Semua artikel.",
      card: { kind: "site", title: "Situs", description: "Tentang situs." },
    });
    expect(shareMeta({ url: "/", title: "Beranda", promo: { share: null } as PromoView, site }).title).toBe("Situs");
  });
});

describe("shareTree", () => {
  it("lays every kind of card out on 1200 × 630, and says it in its alt text", () => {
    for (const card of [
      { kind: "promo", kicker: "Promo", headline: "Ayo", discount: "Diskon 199k", when: "Periode: 1–2 Januari" },
      { kind: "article", title: "Judul", date: "1 Januari 2026" },
      { kind: "article", title: "Judul", date: "1 Januari 2026", cover: "/images/a.jpg" },
      { kind: "program", category: "Data", title: "SQL", labels: "Pemula · 4 minggu", price: "Rp549.000" },
      { kind: "site", title: "Situs", description: "Tentang situs." },
    ] as const) {
      const tree = shareTree(card, "Situs");
      const style = tree.props.style!;
      const outer = [Number(style.width) + 2 * Number(style.padding ?? 0), Number(style.height) + 2 * Number(style.padding ?? 0)];
      expect(outer, card.kind).toEqual([SHARE_WIDTH, SHARE_HEIGHT]);
      expect(shareAlt(card).length, card.kind).toBeGreaterThan(5);
    }
  });
});

import { describe, expect, it } from "vitest";
import { shareLinks } from "../../src/lib/share.ts";

describe("shareLinks", () => {
  const links = shareLinks("https://example.id/blog/a b/", "SQL & Anda");

  it("offers the five networks as plain https links", () => {
    expect(links.map((l) => l.name)).toEqual(["WhatsApp", "Facebook", "X", "LinkedIn", "Telegram"]);
    for (const link of links) expect(new URL(link.href).protocol).toBe("https:");
  });

  it("encodes the address and the title", () => {
    const x = new URL(links.find((l) => l.name === "X")!.href);
    expect(x.searchParams.get("url")).toBe("https://example.id/blog/a b/");
    expect(x.searchParams.get("text")).toBe("SQL & Anda");
    expect(new URL(links[0]!.href).searchParams.get("text")).toBe("SQL & Anda https://example.id/blog/a b/");
  });
});

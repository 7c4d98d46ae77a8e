/**
 * Shared links: every page but the 404 names a preview image the build drew
 * (1200 × 630 PNG, under WhatsApp's 300 KB), with its size and alt text; the
 * texts follow the promo's state; an article's card carries its cover; an
 * unchanged page costs no new drawing.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { CheerioAPI } from "cheerio";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicHtmlFiles } from "../helpers/dist.ts";
import { createFixture, post, type BuildResult, type Fixture } from "../helpers/site.ts";
import { FIXTURE_PROMO } from "../helpers/instants.ts";

const COVER = '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#33cc66"/></svg>';
const STATES = { upcoming: "2025-12-16T20:00:00+07:00", active: FIXTURE_PROMO.active, ended: "2025-12-24T09:00:00+07:00" };

let site: Fixture;
const meta = ($: CheerioAPI, key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr("content") ?? "";
const build = async (now: string, env: Record<string, string> = {}): Promise<BuildResult> => {
  const result = await site.buildHere({ PROMO_NOW: now, ...env });
  expect(result.code, result.stderr).toBe(0);
  return result;
};

beforeAll(async () => {
  site = await createFixture({
    withPosts: true,
    posts: { "bersampul.md": post({ title: '"Artikel Bersampul"', cover: '{ src: /images/sampul.svg, alt: "Sampul hijau" }' }) },
  });
  await site.write("src/images/sampul.svg", COVER);
  await build(STATES.active);
});
afterAll(() => site.dispose());

describe("every page's preview image", () => {
  it("exists, is a 1200 × 630 PNG under 300 KB, and is announced with its size and alt text", async () => {
    const dist = join(site.dir, "dist");
    const pages = (await publicHtmlFiles(dist)).filter((file) => file !== "404.html");
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const $ = await site.page(`/${file}`);
      const url = new URL(meta($, "og:image"));
      expect(url.origin, file).toBe("https://www.kelasitnusantara.id");
      const png = join(dist, url.pathname);
      expect(statSync(png).size, file).toBeLessThan(300 * 1024);
      const { width, height, format } = await sharp(png).metadata();
      expect([format, width, height], file).toEqual(["png", 1200, 630]);
      expect([meta($, "og:image:width"), meta($, "og:image:height")], file).toEqual(["1200", "630"]);
      expect(meta($, "og:image:alt"), file).not.toBe("");
      expect(meta($, "twitter:card"), file).toBe("summary_large_image");
    }
  });

  it("draws an article's cover into its card, and its title and date into the alt text", async () => {
    const $ = await site.page("/blog/bersampul/");
    expect(meta($, "og:image:alt")).toMatch(/^Artikel: Artikel Bersampul, \d+ \w+ \d{4}$/);
    expect(meta($, "article:published_time")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const { data, info } = await sharp(join(site.dir, "dist", new URL(meta($, "og:image")).pathname))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
    ];
    // The cover, on the right (a JPEG inside: within a few levels of its colour).
    pixel(1100, 315).forEach((level, i) => expect(Math.abs(level - [0x33, 0xcc, 0x66][i]!)).toBeLessThanOrEqual(4));
    expect(pixel(20, 315)).toEqual([255, 255, 255]); // the card, on the left
  });

  it("is drawn once: a rebuild with nothing changed draws none", async () => {
    const again = await build(STATES.active);
    expect(again.stdout).toMatch(/\[share\] \d+ images, 0 drawn/);
  });
});

describe("the home page's share text follows the promo's state", () => {
  const home = async (now: string) => {
    await build(now);
    const $ = await site.page("/");
    return { title: meta($, "og:title"), description: meta($, "og:description"), alt: meta($, "og:image:alt") };
  };

  it("active: the discount and the period", async () => {
    expect(await home(STATES.active)).toEqual({
      title: "Diskon Special Akhir Tahun: Upgrade Skill IT Sekarang Diskon 199k",
      description: "Khusus program Complete Series | Periode: 17–23 Desember 2025",
      alt: "Diskon Special Akhir Tahun: Diskon 199k. Periode: 17–23 Desember 2025",
    });
  });

  it("upcoming: the discount and when it starts", async () => {
    const shared = await home(STATES.upcoming);
    expect(shared.description).toBe(
      "Mulai Rabu, 17 Desember 2025 pukul 00.00 WIB | Khusus program Complete Series | Periode: 17–23 Desember 2025",
    );
    expect(shared.alt).toBe("Diskon Special Akhir Tahun: Diskon 199k. Mulai Rabu, 17 Desember 2025 pukul 00.00 WIB");
  });

  it("ended: the site, with no discount anywhere", async () => {
    const shared = await home(STATES.ended);
    expect(shared.title).toBe("Kelas IT Nusantara");
    expect(shared.description).toBe(readFileSync(join(site.dir, "_data/site.yaml"), "utf8").match(/^description: (.*)$/m)![1]);
    expect(JSON.stringify(shared)).not.toMatch(/Diskon|199k|DEPLOYNOW/);
  });

  it("none: the site", async () => {
    await site.write("_data/promos.yaml", "promos: []\n");
    const shared = await home(STATES.active);
    expect(shared.title).toBe("Kelas IT Nusantara");
    expect(shared.alt).not.toContain("Diskon");
  });
});

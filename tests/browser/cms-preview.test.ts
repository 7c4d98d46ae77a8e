/**
 * The editor's preview pane (src/cms/previews.ts) in Chromium, against
 * decap-server and the built fixture site: an article in the article page's
 * stylesheet with its body through the site's markdown rules and
 * placeholders for what only the build draws; the promos file as the home
 * page's hero, with the texts the build's view model gives.
 */
import type { FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { promosFileSchema } from "../../src/lib/promo-schema.ts";
import { promoView } from "../../src/lib/promo-view.ts";
import { promoAt, resolvePromos } from "../../src/lib/promos.ts";
import { watchUrl, youtubeVideo } from "../../src/lib/youtube.ts";
import { EDITOR_TEST_TIMEOUT } from "../helpers/browser.ts";
import { startEditor, type EditorSite } from "../helpers/cms.ts";
import { createFixture, type Fixture } from "../helpers/site.ts";

const VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
/** Written after the build: its pictures exist only as names, which the preview never loads. */
const ARTICLE = `---
title: Menyiapkan Server Pertama
description: Dari VPS kosong sampai aplikasi pertama berjalan.
date: 2026-11-02
tags: [devops]
cover:
  src: /images/server-rack.jpg
  alt: Rak server di pusat data
---
Langkah demi langkah menyiapkan server.

## Memilih Sistem Operasi

![Layar instalasi Debian](/images/debian-installer.png "Instalasi Debian")

> [!WARNING]
> Simpan kunci SSH di tempat aman.

<img src="/images/topologi.svg" alt="Topologi jaringan">

## Memasang Aplikasi

[Tutorial memasang Nginx](${VIDEO})

\`\`\`bash title="setup.sh"
apt install nginx
\`\`\`
`;

let site: Fixture;
let editor: EditorSite;

/** Decap's preview frame, once it shows `text`. */
async function preview(page: Page, text: string): Promise<FrameLocator> {
  const frame = page.frameLocator("iframe").first();
  await frame.getByText(text).first().waitFor();
  return frame;
}
const stylesheets = (frame: FrameLocator) =>
  frame.locator("head").evaluate((head) => [...head.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute("href")));

beforeAll(async () => {
  site = await createFixture({ withPosts: true });
  // A second promo, ending at a set time, after the fixture's own.
  const file = parse(await site.read("_data/promos.yaml")) as { promos: Record<string, unknown>[] };
  const first = file.promos[0]!;
  file.promos.push({
    ...first,
    id: "tahun-baru-2026",
    title: "Promo Tahun Baru",
    code: "TAHUNBARU",
    discount: 150000,
    start: "2026-01-05",
    end: "2026-01-11T18:30:00+07:00",
  });
  await site.write("_data/promos.yaml", stringify(file));
  const built = await site.buildHere({ PROMO_NOW: "2025-12-18T12:00:00+07:00" });
  expect(built.code, built.stderr).toBe(0);
  await site.write("src/posts/menyiapkan-server-pertama.md", ARTICLE);
  editor = await startEditor(site.dir);
});

afterAll(async () => {
  await editor?.close();
  await site?.dispose();
});

describe("the editor's preview pane", { timeout: EDITOR_TEST_TIMEOUT }, () => {
  it("shows an article in the article page's stylesheet and column, its body through the site's markdown, and placeholders for pictures and the video", async () => {
    const builtArticle = await site.page("/blog/sql-pengertian-sejarah-fungsi-perintah-dasar/");
    const articleCss = builtArticle('link[rel="stylesheet"]').attr("href")!;

    const page = await editor.open("/collections/posts/entries/menyiapkan-server-pertama");
    // The form's own thumbnail of the cover asks for /images/server-rack.jpg, which the site never publishes (the build makes /img/): that request is Decap's form, not the preview.
    const coverThumbnail = page.waitForResponse((r) => r.url().endsWith("/images/server-rack.jpg") && r.status() === 404);
    const frame = await preview(page, "Langkah demi langkah");
    expect(await stylesheets(frame)).toContain(articleCss);
    await expect.poll(() => frame.locator("article.post h1").textContent()).toBe("Menyiapkan Server Pertama");
    expect(await frame.locator("article.post .meta time").getAttribute("datetime")).toBe("2026-11-02");
    expect(await frame.locator(".prose h2").allTextContents()).toEqual(["Memilih Sistem Operasi", "Memasang Aplikasi"]);
    // The site's own rules: heading ids, the table of contents, the callout's Indonesian label, the code frame.
    expect(await frame.locator(".prose h2").first().getAttribute("id")).toBe("memilih-sistem-operasi");
    expect(await frame.locator(".prose nav.toc a").count()).toBe(2);
    expect(await frame.locator(".prose .callout-warning .callout-title").textContent()).toBe("Peringatan");
    expect(await frame.locator(".prose .code-block .code-file").textContent()).toBe("setup.sh");

    const pictures = frame.locator('[data-placeholder="picture"]');
    expect(await pictures.allTextContents()).toEqual([
      "Picture: /images/server-rack.jpg (cover)Alt text: “Rak server di pusat data”",
      "Picture: /images/debian-installer.pngAlt text: “Layar instalasi Debian”",
      "Picture: /images/topologi.svgAlt text: “Topologi jaringan”",
    ]);
    const video = frame.locator('[data-placeholder="video"]');
    expect(await video.textContent()).toContain("Video: Tutorial memasang Nginx");
    expect(await video.textContent()).toContain(watchUrl(youtubeVideo(VIDEO)!));
    expect(await frame.locator("img").count()).toBe(0);

    // The stylesheet applies as on the built page: the same font and reading column.
    const look = (target: Page | FrameLocator) =>
      target
        .locator(".prose")
        .first()
        .evaluate((prose) => ({
          font: getComputedStyle(prose).fontFamily,
          measure: getComputedStyle(prose).maxWidth,
          size: getComputedStyle(prose).fontSize,
        }));
    const real = await (
      await editor.browser.newPage()
    )
      .goto(`${editor.siteUrl}/blog/sql-pengertian-sejarah-fungsi-perintah-dasar/`)
      .then((r) => r!.frame().page());
    expect(await look(frame)).toEqual(await look(real));
    expect((await look(frame)).font).not.toMatch(/^"?Times/);
    await real.close();

    await frame.locator('[data-placeholder="video"]').scrollIntoViewIfNeeded();
    await coverThumbnail;

    expect(editor.errors).toEqual([`${page.url()}: Failed to load resource: the server responded with a status of 404 (Not Found)`]);
    editor.errors.length = 0;
  });

  it("shows each promo as the home page's hero shows it while it runs, from the build's view model", async () => {
    const builtHome = await site.page("/");
    const homeCss = builtHome('link[rel="stylesheet"]').attr("href")!;
    const siteData = parse(await site.read("_data/site.yaml")) as { timeZone: string; name: string; url: string };
    const file = promosFileSchema.parse(parse(await site.read("_data/promos.yaml")));
    const expected = resolvePromos(file.promos, siteData.timeZone, "_data/promos.yaml").map((promo) =>
      promoView(promoAt(promo, promo.startsAt, siteData.timeZone), [], siteData)!,
    );

    const page = await editor.open("/collections/promos/entries/promos");
    const frame = await preview(page, expected[0]!.title);
    expect(await stylesheets(frame)).toContain(homeCss);
    const heroes = frame.locator("section.promo.hero");
    await expect.poll(() => heroes.count()).toBe(expected.length);
    for (const [i, promo] of expected.entries()) {
      const hero = heroes.nth(i);
      expect(await hero.locator("h1").textContent()).toBe(promo.title);
      expect(await hero.locator(".promo-headline strong").textContent()).toBe(`${promo.discountLabel}*`);
      expect(await hero.locator(".promo-fine").textContent()).toBe(promo.finePrint);
      expect(await hero.locator(".promo-code code").textContent()).toBe(promo.code);
      expect(await hero.locator(".promo-when").textContent()).toBe(promo.endText);
    }
    // The hero's look, from the home stylesheet: the discount in the promo colour, large.
    const real = builtHome(".promo-headline strong");
    expect(real.length).toBe(1);
    const size = await heroes
      .first()
      .locator(".promo-headline strong")
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const body = await frame.locator("body").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThan(2 * body);

    // A change in the form reaches the preview through the same view model.
    await page.getByLabel("Code", { exact: true }).first().fill("HEMAT50");
    await expect.poll(() => heroes.first().locator(".promo-code code").textContent()).toBe("HEMAT50");

    expect(editor.errors).toEqual([]);
  });
});

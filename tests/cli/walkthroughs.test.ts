/**
 * CONTENT.md's walkthroughs, performed on a copy of the project as an
 * author would: edit the files as each walkthrough says, then `npm run
 * check` (the build and the content gates) before pushing. Afterwards every
 * page that shows the promo or the article shows the new values, and the
 * old ones nowhere.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import * as cheerio from "cheerio";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlFiles, read } from "../helpers/dist.ts";
import { createFixture, run, type BuildResult, type Fixture } from "../helpers/site.ts";

let project: Fixture;
let checked: BuildResult;
afterAll(() => project.dispose());

const check = (PROMO_NOW: string) => run("npm", ["run", "check"], project.dir, { PROMO_NOW });
const pages = async () => {
  const dist = join(project.dir, "dist");
  return Promise.all((await htmlFiles(dist)).map(async (file) => ({ file, html: await read(dist, file) })));
};

// The walkthrough's example, as CONTENT.md writes it.
const NEXT_PROMO = `promos:
  - id: akhir-tahun-2026
    title: Diskon Akhir Tahun 2026
    headline: Naik Level di Tahun Baru
    discount: 250000
    appliesTo: program Complete Series
    series: Complete Series
    code: LEVELUP26
    start: 2026-12-14
    end: 2026-12-20
    cta:
      label: Pilih Program
      url: /kelas/
`;

// Both walkthroughs' edits, then the one `npm run check` an author runs
// before pushing them (a build and the gates in a child vitest), previewing
// the next promo with PROMO_NOW.
beforeAll(async () => {
  project = await createFixture({ project: true, withPosts: true });
  // Start the next promo: replace the promo.
  await project.write("_data/promos.yaml", NEXT_PROMO);
  // Publish an article: a new post with tags and a cover.
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#0b5cad" } })
    .png()
    .toFile(join(project.dir, "src/images/docker.png"));
  await project.write(
    "src/posts/belajar-docker.md",
    `---
title: "Belajar Docker untuk Pemula"
description: "Container, image dan Docker Compose dalam satu sore."
date: 2026-11-20
tags:
  - devops
  - docker
cover: { src: /images/docker.png, alt: "Logo Docker di atas latar biru" }
---

Docker membungkus aplikasi beserta semua kebutuhannya.

## Apa Itu Container?

Sebuah proses yang terisolasi.

## Menjalankan Container Pertama

Jalankan \`docker run hello-world\`.
`,
  );
  checked = await check("2026-12-15T09:00:00+07:00");
}, 240_000);

describe("CONTENT.md walkthroughs, then npm run check", () => {
  it("passes the check, rendering the promo state at PROMO_NOW", () => {
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout).toContain('[promo] "akhir-tahun-2026" is active at 2026-12-15T09:00:00+07:00 (PROMO_NOW)');
  });

  it("Start the next promo: every page that shows the promo shows the new one, the old one nowhere", async () => {
    const all = await pages();
    const showing = all.filter((p) => /data-code|class="promo-bar/.test(p.html));
    expect(showing.length, "pages that show the promo").toBeGreaterThan(all.length / 2);
    for (const { file, html } of showing) expect(html, file).toContain("LEVELUP26");
    const home = cheerio.load(all.find((p) => p.file === "index.html")!.html);
    expect(home("#promo h1").text()).toBe("Diskon Akhir Tahun 2026");
    expect(home("#promo .promo-headline").text()).toBe("Naik Level di Tahun Baru Diskon 250k*");
    expect(home("#promo .promo-fine").text()).toContain("14–20 Desember 2026");
    for (const { file, html } of all) {
      for (const old of ["DEPLOYNOW", "Diskon Special Akhir Tahun", "199k", "Rp199.000", "17–23 Desember 2025"])
        expect(html, `${file}: ${old}`).not.toContain(old);
    }
  });

  it("Publish an article: the article, with its cover, is listed everywhere", async () => {
    const page = await project.page("/blog/belajar-docker/");
    expect(page("h1").text()).toBe("Belajar Docker untuk Pemula");
    expect(page("article header time").text()).toBe("20 November 2026");
    expect(
      page(".tags a")
        .map((_, a) => page(a).attr("href"))
        .get(),
    ).toEqual(["/blog/tag/devops/", "/blog/tag/docker/"]);
    expect(page("article picture img").attr("alt")).toBe("Logo Docker di atas latar biru");
    expect(project.exists(`dist${new URL(page('meta[property="og:image"]').attr("content")!).pathname}`)).toBe(true);
    // Everywhere the article is listed: newest first on the home page and the blog, its tag pages, feeds, sitemap.
    for (const url of ["/", "/blog/", "/blog/tag/devops/", "/blog/tag/docker/"]) {
      const $ = await project.page(url);
      expect($(".post-list a").first().attr("href"), url).toBe("/blog/belajar-docker/");
    }
    for (const file of ["feed.xml", "feed.json", "sitemap.xml"])
      expect(await project.read(`dist/${file}`), file).toContain("/blog/belajar-docker/");
    expect((await readdir(project.dir)).filter((f) => f.startsWith("dist."))).toEqual([]);
  });
});

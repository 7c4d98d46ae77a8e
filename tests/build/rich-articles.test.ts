/**
 * What authors write in rich articles, through a real build: callouts,
 * YouTube facades with the CSP their player needs (on their page only), and
 * code blocks with a file name and a copy button.
 */
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHeaders } from "../helpers/server.ts";
import { createFixture, post, ROOT, type Fixture } from "../helpers/site.ts";

/** The example CONTENT.md shows authors, as written there. */
const CONTENT_EXAMPLE = readFileSync(join(ROOT, "CONTENT.md"), "utf8").match(
  /## Pictures, videos, callouts and code in an article[\s\S]*?````markdown\n([\s\S]*?)````/,
)![1]!;
const DRAWING = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 480"><rect width="960" height="480" fill="#eee"/></svg>';

const BODY = `Pembuka.

> [!NOTE]
> Simpan kata sandi di pengelola kata sandi.

> [!WARNING] Jangan di server produksi
> Perintah ini menghapus data.

> [!TIP]
> Tips.

> [!IMPORTANT]
> Penting.

> [!CAUTION]
> Awas.

> Kutipan biasa tetap kutipan.

[Belajar Docker dalam 10 Menit](https://youtu.be/dQw4w9WgXcQ?t=90)

Tonton juga [video ini](https://www.youtube.com/watch?v=dQw4w9WgXcQ) di tengah kalimat.

\`\`\`js title="server.js"
const port = 8080;
\`\`\`

\`\`\`sh
npm ci
\`\`\`
`;

let site: Fixture;

beforeAll(async () => {
  site = await createFixture({
    posts: {
      "kaya.md": post({ title: '"Artikel Kaya"' }, BODY),
      "biasa.md": post({ title: '"Artikel Biasa"' }),
      "contoh.md": post({ title: '"Contoh Penulis"' }, CONTENT_EXAMPLE),
    },
  });
  await site.write("src/images/alur.svg", DRAWING);
  await site.write("src/images/garis.svg", DRAWING);
  await writeFile(
    join(site.dir, "src/images/docker-compose.png"),
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#222" } })
      .png()
      .toBuffer(),
  );
  const result = await site.buildHere();
  expect(result.code, result.stderr).toBe(0);
});
afterAll(() => site.dispose());

describe("callouts", () => {
  it("turn GitHub's five kinds into notes with Indonesian labels, or the author's own", async () => {
    const $ = await site.page("/blog/kaya/");
    const callouts = $(".prose .callout").toArray();
    expect(callouts.map((c) => [$(c).attr("class"), $(c).attr("role"), $(c).find(".callout-title").text()])).toEqual([
      ["callout callout-note", "note", "Catatan"],
      ["callout callout-warning", "note", "Jangan di server produksi"],
      ["callout callout-tip", "note", "Tips"],
      ["callout callout-important", "note", "Penting"],
      ["callout callout-caution", "note", "Awas"],
    ]);
    expect($(callouts[0]).find("p").last().text()).toBe("Simpan kata sandi di pengelola kata sandi.");
    expect($(callouts[0]).text()).not.toContain("[!NOTE]");
    expect($(".prose blockquote").text().trim()).toBe("Kutipan biasa tetap kutipan.");
  });
});

describe("a YouTube link alone on its line", () => {
  it("becomes a facade: a plain link to the video with its title, the player's address kept for the click", async () => {
    const $ = await site.page("/blog/kaya/");
    const facade = $(".prose figure.video a.video-facade");
    expect(facade).toHaveLength(1);
    expect(facade.attr("href")).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s");
    expect(facade.attr("data-video-embed")).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90");
    expect(facade.find(".video-title").text()).toBe("Belajar Docker dalam 10 Menit");
    // Nothing on the page asks YouTube for anything: no frame, no picture from its servers.
    expect($("iframe")).toHaveLength(0);
    expect($("[src*='youtube'], [srcset*='ytimg'], [src*='ytimg']")).toHaveLength(0);
  });

  it("stays a link inside a sentence", async () => {
    const $ = await site.page("/blog/kaya/");
    expect($('.prose p a[href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]').text()).toBe("video ini");
  });

  it("gives its page, and only its page, a CSP that allows the player's frame and nothing else more", async () => {
    const rules = parseHeaders(await site.read("dist/_headers"));
    const cspFor = (path: string) => {
      let csp: string | null = null;
      for (const rule of rules.filter((r) => r.pattern.test(path)))
        for (const [name, value] of rule.headers) if (name === "Content-Security-Policy") csp = value;
      return csp!;
    };
    const site_ = cspFor("/blog/biasa/");
    expect(site_).not.toContain("frame-src");
    for (const path of ["/", "/blog/", "/kelas/", "/blog/biasa/"]) expect(cspFor(path)).toBe(site_);
    expect(cspFor("/blog/kaya/")).toBe(`${site_}; frame-src https://www.youtube-nocookie.com`);
  });
});

describe("code blocks", () => {
  it("carry the file name the fence names, and a copy button that waits for the script", async () => {
    const $ = await site.page("/blog/kaya/");
    const [named, plain] = $(".prose .code-block").toArray();
    expect($(named).find(".code-file").text()).toBe("server.js");
    expect($(named).find("pre[tabindex=0] code.language-js").text()).toBe("const port = 8080;");
    const button = $(named).find("button[data-copy-snippet]");
    expect([button.text(), button.attr("aria-label"), button.hasClass("needs-js")]).toEqual(["Salin", "Salin kode server.js", true]);
    expect($(plain).find(".code-file")).toHaveLength(0);
    expect($(plain).find("button").attr("aria-label")).toBe("Salin kode");
  });
});

describe("CONTENT.md's example for authors", () => {
  it("builds into each feature it describes", async () => {
    const $ = await site.page("/blog/contoh/");
    const figures = $(".prose > figure");
    expect(figures.eq(0).find("picture source")).toHaveLength(2);
    expect(figures.eq(0).find("figcaption").text()).toBe("Tiga layanan berjalan");
    expect(figures.eq(1).children("img").attr("src")).toMatch(/\.svg$/);
    expect($('.prose img[alt=""]')).toHaveLength(1);
    expect($(".prose .video-facade .video-title").text()).toBe("Belajar Docker dalam 10 Menit");
    expect(
      $(".prose .callout .callout-title")
        .map((_, t) => $(t).text())
        .get(),
    ).toEqual(["Catatan", "Jangan di server produksi"]);
    expect($(".prose .code-file").text()).toBe("compose.yaml");
  });
});

/**
 * The WhatsApp hand-off as built: plain wa.me links on program pages, the
 * cart and the footer, from the fixture's number; none without a number;
 * a wrong number stops the build.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicHtmlFiles } from "../helpers/dist.ts";
import { createFixture, type Fixture } from "../helpers/site.ts";
import { join } from "node:path";
import { readFile } from "node:fs/promises";
import { FIXTURE_PROMO } from "../helpers/instants.ts";

let site: Fixture;
const SITE_YAML = "_data/site.yaml";
let seedSite: string;

beforeAll(async () => {
  site = await createFixture();
  seedSite = await site.read(SITE_YAML);
});
afterAll(() => site.dispose());

async function buildAt(now = FIXTURE_PROMO.active) {
  const result = await site.buildHere({ PROMO_NOW: now });
  expect(result.code, result.stderr).toBe(0);
}

/** The number and the message a wa.me link opens a chat with. */
function chat(href: string | undefined) {
  const url = new URL(href ?? "");
  return { host: url.host, number: url.pathname.slice(1), text: url.searchParams.get("text"), keys: [...url.searchParams.keys()] };
}

describe("with the site's number (fixture: 6281234567890)", () => {
  beforeAll(() => buildAt());

  it("asks about a program from its page: its name and its address, encoded", async () => {
    const $ = await site.page("/kelas/back-end-php-laravel-complete/");
    const link = $(".buy-box a.whatsapp");
    expect(link.text()).toBe("Tanya via WhatsApp");
    expect(link.hasClass("needs-js")).toBe(false);
    const href = link.attr("href")!;
    expect(chat(href)).toEqual({
      host: "wa.me",
      number: "6281234567890",
      keys: ["text"],
      text: 'Halo Kelas IT Nusantara, saya ingin bertanya tentang program "Back End Developer dengan PHP & Laravel" (https://www.kelasitnusantara.id/kelas/back-end-php-laravel-complete/).',
    });
    // Spaces, quotes and "&" are encoded: the message cannot end early or add a parameter.
    expect(href).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=[^ "&]+$/);
    expect(href).toContain("PHP%20%26%20Laravel");
  });

  it("has one on every program page, each naming its own program", async () => {
    const files = (await publicHtmlFiles(join(site.dir, "dist"))).filter((f) => /^kelas\/[^/]+\/index\.html$/.test(f));
    expect(files).toHaveLength(10);
    for (const file of files) {
      const $ = await site.page(`/${file.replace("index.html", "")}`);
      expect(chat($("a.whatsapp").attr("href")).text, file).toContain(
        `(https://www.kelasitnusantara.id/${file.replace("index.html", "")})`,
      );
      expect(chat($("a.whatsapp").attr("href")).text, file).toContain(`"${$("h1").text()}"`);
    }
  });

  it("orders from the cart beside checkout, and lists the number in every footer", async () => {
    const $ = await site.page("/keranjang/");
    const order = $("[data-whatsapp]");
    expect(order.text()).toBe("Pesan via WhatsApp");
    expect(order.parent().find("[data-checkout]").length).toBe(1);
    // The message's words come with the data: the cart's bundle types none (the browser test reads the message it makes).
    expect(JSON.parse($("#cart-data").text()).whatsapp).toEqual({
      number: "6281234567890",
      words: { intro: "Halo Kelas IT Nusantara, saya ingin memesan program berikut:", total: "Total", code: "Kode promo" },
    });
    for (const file of await publicHtmlFiles(join(site.dir, "dist"))) {
      const page = await site.page(`/${file}`);
      const footer = page(".footer-contact a[href^='https://wa.me/']");
      expect(footer.text(), file).toBe("WhatsApp +62 812-3456-7890");
      expect(footer.attr("href"), file).toBe("https://wa.me/6281234567890");
    }
  });

  it("loads no script from WhatsApp or anyone else, under the same security policy", async () => {
    const headers = await readFile(join(site.dir, "dist/_headers"), "utf8");
    expect(headers).not.toContain("wa.me");
    const $ = await site.page("/kelas/back-end-python-complete/");
    expect(
      $("script[src]")
        .map((_, s) => $(s).attr("src"))
        .get()
        .every((src) => src.startsWith("/")),
    ).toBe(true);
  });
});

describe("without a number", () => {
  afterAll(() => site.write(SITE_YAML, seedSite));

  it("shows no WhatsApp link anywhere", async () => {
    await site.write(SITE_YAML, seedSite.replace(/^ {2}whatsapp: .*\n/m, ""));
    await buildAt();
    for (const file of await publicHtmlFiles(join(site.dir, "dist"))) {
      const html = await readFile(join(site.dir, "dist", file), "utf8");
      expect(html, file).not.toContain("wa.me");
      expect(html, file).not.toContain("WhatsApp");
    }
  });

  it.each(["+6281234567890", "081234567890", "62 812 3456 7890", "62812"])("refuses %s, naming the file and the field", async (number) => {
    await site.write(SITE_YAML, seedSite.replace(/^ {2}whatsapp: .*$/m, `  whatsapp: "${number}"`));
    const result = await site.buildHere({ PROMO_NOW: FIXTURE_PROMO.active });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `_data/site.yaml: field "contact.whatsapp": found "${number}"; expected a WhatsApp number in international form, digits only, country code first, such as "6281234567890"`,
    );
  });
});

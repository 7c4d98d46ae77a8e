/** The catalog, filter pages, program pages, cart page and header widget, from a real build. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixture, post, type Fixture } from "../helpers/site.ts";
import { FIXTURE_PROMO } from "../helpers/instants.ts";

let site: Fixture;
beforeAll(async () => {
  site = await createFixture({ posts: { "artikel.md": post() } });
  const result = await site.buildHere({ PROMO_NOW: FIXTURE_PROMO.active });
  expect(result.code, result.stderr).toBe(0);
});
afterAll(() => site.dispose());

describe("/kelas/", () => {
  it("shows every program as a card with its category's icon, level and duration as labels, skills and price", async () => {
    const $ = await site.page("/kelas/");
    const cards = $(".course-list .course");
    expect(cards.length).toBe(10);
    expect(cards.filter("[hidden]").length).toBe(0);
    const python = $(".course:has(a[href='/kelas/back-end-python-complete/'])");
    expect(python.find(".category").text()).toBe("Back End");
    expect(python.find(".category use").attr("href")).toBe("#cat-back-end");
    expect($("#cat-back-end")).toHaveLength(1);
    expect(
      python
        .find(".labels li")
        .map((_, l) => $(l).text())
        .get(),
    ).toEqual(["Pemula", "12 minggu", "Complete Series"]);
    expect(python.find(".skills").text()).toBe("Python, SQL, Git");
    expect(python.find(".normal-price").text()).toBe("Rp1.499.000");
    expect(python.find("[data-add-to-cart]").attr("data-add-to-cart")).toBe("back-end-python-complete");
  });

  it("hides its icon sprite with CSS: the hidden attribute is not allowed on <svg>", async () => {
    for (const url of ["/kelas/", "/kelas/back-end-python-complete/", "/"]) {
      const $ = await site.page(url);
      expect($("svg.icons").length, url).toBe(1);
      expect($("svg[hidden]").length, url).toBe(0);
    }
  });

  it("shows the promo price on Complete Series cards during the promo, and only there; the code once, above the cards", async () => {
    const $ = await site.page("/kelas/");
    expect($(".results").attr("data-state")).toBe("active");
    expect($(".course:has(a[href='/kelas/back-end-python-complete/']) .promo-price").text()).toBe(
      "Harga promo Rp1.300.000 · Mulai Rabu, 17 Desember 2025 pukul 00.00 WIB",
    );
    expect($(".course-list").text()).not.toContain("DEPLOYNOW");
    expect($(".results .promo-note").text()).toBe("Harga promo berlaku dengan kode DEPLOYNOW.");
    expect($(".course:has(a[href='/kelas/back-end-python-complete/']) .promo-price [data-when=upcoming]").attr("hidden")).toBeDefined();
    expect($(".course:has(a[href='/kelas/docker-untuk-developer/']) .promo-price").length).toBe(0);
  });

  it("has Level, Kategori and Skill filters with counts, linking to pre-rendered pages", async () => {
    const $ = await site.page("/kelas/");
    expect(
      $(".filters h2")
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(["Level", "Kategori", "Skill"]);
    expect($("a[data-filter=level][data-value=pemula]").text()).toBe("Pemula (4)");
    expect($("a[data-filter=skill][data-value=python]").attr("href")).toBe("/kelas/skill/python/");
    expect($("[data-result-count]").text()).toBe("10 program");
    expect($("[data-empty]").attr("hidden")).toBeDefined();
  });
});

describe("filter pages, for visitors without JavaScript", () => {
  it.each([
    ["/kelas/level/pemula/", 4, "level=pemula"],
    ["/kelas/kategori/back-end/", 3, "kategori=back-end"],
    ["/kelas/skill/python/", 2, "skill=python"],
  ])("%s shows only its %i programs and marks its filter", async (url, count, selection) => {
    const $ = await site.page(url);
    expect($(".course:not([hidden])").length).toBe(count);
    expect($("[data-result-count]").text()).toBe(`${count} program`);
    expect($(`a[href='${url}']`).attr("aria-current")).toBe("page");
    expect($(`a[href='${url}'] [data-count]`).text()).toBe(`(${count})`);
    expect($(".course-list").attr("data-selection")).toBe(selection);
  });
});

describe("filter counts", () => {
  it("on a filter page, count what each value would show next to that filter", async () => {
    const $ = await site.page("/kelas/level/pemula/");
    const count = (group: string, value: string) => $(`a[data-filter=${group}][data-value=${value}] [data-count]`).text();
    // Levels add up, so their counts stay those of the whole catalog.
    expect([count("level", "pemula"), count("level", "menengah"), count("level", "mahir")]).toEqual(["(4)", "(4)", "(2)"]);
    // Other groups count Pemula programs only.
    expect([count("kategori", "back-end"), count("kategori", "data"), count("kategori", "devops")]).toEqual(["(2)", "(2)", "(0)"]);
    expect([count("skill", "sql"), count("skill", "docker")]).toEqual(["(3)", "(0)"]);
  });
});

describe("program page", () => {
  it("describes the course in JSON-LD: its price as an Offer, and the promo price as a second one, valid during the promo", async () => {
    const $ = await site.page("/kelas/devops-engineer-complete/");
    expect($("h1").text()).toBe("DevOps Engineer");
    const course = $(`script[type="application/ld+json"]`)
      .map((_, s) => JSON.parse($(s).text()))
      .get()
      .find((d) => d["@type"] === "Course");
    expect(course).toMatchObject({
      "@type": "Course",
      name: "DevOps Engineer",
      offers: [
        { "@type": "Offer", price: 2199000, priceCurrency: "IDR" },
        {
          "@type": "Offer",
          price: 2000000,
          priceCurrency: "IDR",
          validFrom: "2025-12-17T00:00:00+07:00",
          validThrough: "2025-12-24T00:00:00+07:00",
        },
      ],
    });
    expect($("[data-add-to-cart]").text()).toBe("Tambah ke keranjang");
  });
});

describe("landing page and cart", () => {
  it("lists the promo's programs with both prices, and the code once for them all", async () => {
    const $ = await site.page("/");
    const section = $(".promo-programs");
    expect(section.find(".promo-note").text()).toBe("Harga promo berlaku dengan kode DEPLOYNOW.");
    expect(section.find(".course-list").text()).not.toContain("DEPLOYNOW");
    const cards = section.find(".course");
    expect(cards.length).toBe(4);
    expect(cards.first().find(".normal-price").text()).toBe("Rp1.499.000");
    expect(cards.first().find(".promo-price strong").text()).toBe("Rp1.300.000");
  });

  it("has a cart widget on every page, knowing every program", async () => {
    const $ = await site.page("/blog/");
    const link = $("a[data-cart-link]");
    expect(link.attr("href")).toBe("/keranjang/");
    expect(link.text()).toBe("Keranjang, 0 program");
    expect(link.attr("data-known")!.trim().split(" ")).toHaveLength(10);
  });

  it("gives the cart page current prices, the promo and the checkout address", async () => {
    const $ = await site.page("/keranjang/");
    const data = JSON.parse($("#cart-data").text());
    expect(data.courses["back-end-python-complete"]).toEqual({
      title: "Back End Developer dengan Python",
      price: 1499000,
      series: "Complete Series",
      url: "/kelas/back-end-python-complete/",
    });
    expect(data.promo).toEqual({
      startsAt: Date.parse("2025-12-17T00:00:00+07:00"),
      endsAt: Date.parse("2025-12-24T00:00:00+07:00"),
      discount: 199000,
      series: "Complete Series",
      code: "DEPLOYNOW",
    });
    expect(data.checkoutUrl).toBe("https://bayar.kelasitnusantara.id/checkout");
    expect($("[data-cart-empty]").text()).toContain("Keranjang belanja masih kosong");
    expect($("[data-cart-empty] a").attr("href")).toBe("/kelas/");
  });
});

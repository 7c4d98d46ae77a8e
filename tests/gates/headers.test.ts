/** Gate: the CDN's headers file and the 404 page, as the CDN would serve them. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { CMS_CONTENT_SECURITY_POLICY } from "../../src/eleventy/cms.ts";
import { htmlFiles, isCmsFile, read, urlOf } from "../helpers/dist.ts";
import { gateSites } from "../helpers/gate-sites.ts";
import { parseHeaders, serve, type StaticServer } from "../helpers/server.ts";

/** Cloudflare Pages reads at most this many rules from _headers. */
const CLOUDFLARE_HEADER_RULES = 100;

describe.each(await gateSites())("$name", ({ dist }) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(dist);
  });
  afterAll(() => server.close());

  const headersOf = async (path: string) => {
    const response = await fetch(server.url + path);
    await response.arrayBuffer();
    return { status: response.status, headers: response.headers };
  };

  describe("_headers", () => {
    it("caches hashed assets forever", async () => {
      const home = await (await fetch(server.url + "/")).text();
      const asset = home.match(/\/assets\/[\w-]+\.(?:css|js)/)![0];
      const { headers } = await headersOf(asset);
      expect(headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    });

    it.each(["/", "/blog/", "/feed.xml", "/feed.json", "/sitemap.xml"])("revalidates %s on every request", async (path) => {
      expect((await headersOf(path)).headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    });

    it("sends a CSP without unsafe-inline scripts, and the security headers", async () => {
      const { headers } = await headersOf("/");
      const csp = headers.get("content-security-policy")!;
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("object-src 'none'");
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(headers.get("permissions-policy")).toContain("camera=()");
      expect(headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}; includeSubDomains/);
    });
  });

  it(`has at most ${CLOUDFLARE_HEADER_RULES} rules, as many as the CDN reads`, async () => {
    expect(parseHeaders(await readFile(join(dist, "_headers"), "utf8")).length).toBeLessThanOrEqual(CLOUDFLARE_HEADER_RULES);
  });

  it("gives every page the site's CSP; a page with a video facade only the player's frame more, the search page only WebAssembly more, the editor its own", async () => {
    const site = (await headersOf("/")).headers.get("content-security-policy")!;
    expect(site).not.toContain("frame-src");
    const pages = await htmlFiles(dist);
    expect(pages.filter(isCmsFile)).toEqual(["admin/index.html"]);
    for (const file of pages) {
      const csp = (await headersOf(urlOf(file))).headers.get("content-security-policy");
      const hasVideo = (await read(dist, file)).includes("data-video-embed=");
      const search = site.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
      const expected = isCmsFile(file) ? CMS_CONTENT_SECURITY_POLICY : file === "cari/index.html" ? search : hasVideo ? `${site}; frame-src https://www.youtube-nocookie.com` : site;
      expect(csp, file).toBe(expected);
    }
    for (const file of ["admin/config.yml", "admin/admin.js", "admin/decap/decap-cms.js"]) {
      expect((await headersOf(urlOf(file))).headers.get("content-security-policy"), file).toBe(CMS_CONTENT_SECURITY_POLICY);
    }
  });

  describe("404", () => {
    it("answers an unknown path with the 404 page and status 404", async () => {
      const response = await fetch(server.url + "/tidak-ada/");
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("Halaman tidak ditemukan");
    });
  });
});

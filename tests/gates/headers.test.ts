/**
 * Gate: the CDN's headers, content types and 404 page, on the answers of
 * Cloudflare Pages' own runtime (`wrangler pages dev`, src/wrangler.ts)
 * serving the built folder, as the live site would.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { CMS_CONTENT_SECURITY_POLICY } from "../../src/eleventy/cms.ts";
import { htmlFiles, isCmsFile, read, urlOf } from "../helpers/dist.ts";
import { gateSites } from "../helpers/gate-sites.ts";
import { freePort, parseHeaders } from "../helpers/server.ts";
import { startPagesDev, type PagesDev } from "../../src/wrangler.ts";

/** Cloudflare Pages reads at most this many rules from _headers. */
const CLOUDFLARE_HEADER_RULES = 100;

describe.each(await gateSites())("$name", ({ dist }) => {
  let server: PagesDev;
  /**
   * A GET, tried again once when the connection was reset: wrangler's local
   * server may close a kept-alive connection just as the client reuses it.
   * That is the transport, not an answer.
   */
  const get = async (path: string, method = "GET"): Promise<Response> => {
    try {
      return await fetch(server.url + path, { method });
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code !== "ECONNRESET") throw error;
      return fetch(server.url + path, { method });
    }
  };
  beforeAll(async () => {
    server = await startPagesDev({ dir: dist, port: await freePort() });
  });
  afterAll(() => server.stop());

  /** The headers alone (HEAD): the same as a GET's, without the editor's 5 MB bundle. */
  const headersOf = async (path: string) => {
    const response = await get(path, "HEAD");
    await response.arrayBuffer();
    return { status: response.status, headers: response.headers };
  };

  describe("_headers", () => {
    it("caches hashed assets forever", async () => {
      const home = await (await get("/")).text();
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
    const search = site.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
    const expectedOf = async (file: string) => {
      const hasVideo = (await read(dist, file)).includes("data-video-embed=");
      return isCmsFile(file)
        ? CMS_CONTENT_SECURITY_POLICY
        : file === "cari/index.html"
          ? search
          : hasVideo
            ? `${site}; frame-src https://www.youtube-nocookie.com`
            : site;
    };
    // All at once: one page after another through wrangler took over a minute on a busy machine.
    const found = await Promise.all(
      pages.map(
        async (file) => [file, (await headersOf(urlOf(file))).headers.get("content-security-policy"), await expectedOf(file)] as const,
      ),
    );
    for (const [file, csp, expected] of found) expect(csp, file).toBe(expected);
    for (const file of ["admin/config.yml", "admin/admin.js", "admin/decap/decap-cms.js"]) {
      expect((await headersOf(urlOf(file))).headers.get("content-security-policy"), file).toBe(CMS_CONTENT_SECURITY_POLICY);
    }
  });

  describe("content types", () => {
    it.each([
      ["/", "text/html; charset=utf-8"],
      ["/feed.xml", "application/atom+xml; charset=utf-8"],
      ["/feed.json", "application/feed+json; charset=utf-8"],
      ["/sitemap.xml", "application/xml"],
      ["/robots.txt", "text/plain; charset=utf-8"],
      ["/favicon.svg", "image/svg+xml"],
      ["/logo.png", "image/png"],
      ["/admin/config.yml", "text/yaml; charset=utf-8"],
    ])("serves %s as %s, never sniffed", async (path, type) => {
      const { status, headers } = await headersOf(path);
      expect(status).toBe(200);
      expect(headers.get("content-type")).toBe(type);
      expect(headers.get("x-content-type-options")).toBe("nosniff");
    });

    it("serves the bundles as CSS and JavaScript", async () => {
      const home = await (await get("/")).text();
      for (const [asset, kind] of home.matchAll(/\/assets\/[\w-]+\.(css|js)/g)) {
        expect((await headersOf(asset)).headers.get("content-type"), asset).toMatch(
          kind === "css" ? /^text\/css; charset=utf-8$/ : /^(application|text)\/javascript\b/,
        );
      }
    });
  });

  describe("404", () => {
    it("answers an unknown path with the 404 page, status 404, the site's CSP, and kept by no cache", async () => {
      const response = await get("/tidak-ada/");
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("content-security-policy")).toBe((await headersOf("/")).headers.get("content-security-policy"));
      expect(response.headers.get("cache-control")).toMatch(/no-store|max-age=0/);
      expect(await response.text()).toContain("Halaman tidak ditemukan");
    });
  });
});

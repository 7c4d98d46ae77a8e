/** Gate: the CDN's headers file and the 404 page, as the CDN would serve them. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gateSites } from "../helpers/gate-sites.ts";
import { serve, type StaticServer } from "../helpers/server.ts";

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

  describe("404", () => {
    it("answers an unknown path with the 404 page and status 404", async () => {
      const response = await fetch(server.url + "/tidak-ada/");
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("Halaman tidak ditemukan");
    });
  });
});

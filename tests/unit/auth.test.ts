/**
 * The editor's sign-in (src/auth/), as Cloudflare Pages Functions run it:
 * real Request and Response objects, GitHub's token endpoint stubbed. Every
 * answer is read as a browser would: status, headers, the page's text.
 */
import { createHash } from "node:crypto";
import * as cheerio from "cheerio";
import { describe, expect, it, vi } from "vitest";
import { finishSignIn, startSignIn, type AuthEnv } from "../../src/auth/github-oauth.ts";
import { STATE_COOKIE } from "../../src/auth/state.ts";

const SITE = "https://situs.example";
const SECRET = "secret-that-never-leaves";
const TOKEN = "gho_token-for-the-editor";
const env: AuthEnv = { GITHUB_CLIENT_ID: "client-123", GITHUB_CLIENT_SECRET: SECRET, GITHUB_URL: "http://127.0.0.1:9/" };

const start = (query = "?provider=github&site_id=situs.example&scope=repo", withEnv = env) =>
  startSignIn(new Request(`${SITE}/api/auth${query}`), withEnv);

/** A sign-in started, then GitHub's redirect back with `query` (the state it was given, unless replaced). */
async function callback(query: (state: string) => string, { cookie = true, fetcher = tokenEndpoint() } = {}) {
  const started = await start();
  const state = new URL(started.headers.get("location")!).searchParams.get("state")!;
  const headers = cookie ? { Cookie: `other=1; ${started.headers.get("set-cookie")!.split(";")[0]}` } : undefined;
  const response = await finishSignIn(new Request(`${SITE}/api/callback${query(state)}`, { headers }), env, fetcher);
  return { response, body: await response.text(), fetcher };
}

function tokenEndpoint(
  answer: () => Response | Promise<Response> = () => Response.json({ access_token: TOKEN, token_type: "bearer", scope: "repo" }),
) {
  return vi.fn<typeof fetch>(async () => answer());
}

/** What every answer of the callback must hold, whatever it says. */
function expectSafe(response: Response, body: string) {
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("set-cookie")).toMatch(
    new RegExp(`^${STATE_COOKIE}=; Path=/api/; HttpOnly; Secure; SameSite=Lax; Max-Age=0$`),
  );
  expect(body + JSON.stringify([...response.headers])).not.toContain(SECRET);
}

describe("GET /api/auth", () => {
  it("sends the author to GitHub's consent page with the app, the callback on this site, the scope and a fresh state", async () => {
    const response = await start();
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location")!);
    expect(location.origin + location.pathname).toBe("http://127.0.0.1:9/login/oauth/authorize");
    expect(Object.fromEntries(location.searchParams)).toEqual({
      client_id: "client-123",
      redirect_uri: `${SITE}/api/callback`,
      scope: "repo",
      state: expect.any(String),
    });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("binds the state to an HttpOnly, Secure, SameSite=Lax cookie for /api/ only, at least 128 random bits, new each time", async () => {
    const states = await Promise.all([start(), start()]).then((all) =>
      all.map((r) => new URL(r.headers.get("location")!).searchParams.get("state")!),
    );
    const [first, second] = states as [string, string];
    expect(first).not.toBe(second);
    expect(Buffer.from(first, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    const cookie = (await start()).headers.get("set-cookie")!;
    expect(cookie).toMatch(new RegExp(`^${STATE_COOKIE}=[\\w-]{22,}; Path=/api/; HttpOnly; Secure; SameSite=Lax; Max-Age=\\d+$`));
  });

  it("asks for public_repo when Decap does (open authoring), and defaults GitHub's address to github.com", async () => {
    const response = await start("?provider=github&scope=public_repo", { ...env, GITHUB_URL: undefined });
    const location = new URL(response.headers.get("location")!);
    expect(location.origin).toBe("https://github.com");
    expect(location.searchParams.get("scope")).toBe("public_repo");
  });

  it.each([
    ["another provider", "?provider=gitlab", 400, 'Unknown sign-in provider "gitlab"'],
    ["another scope", "?provider=github&scope=admin:org", 400, 'Unknown scope "admin:org"'],
  ])("refuses %s with a short page and no redirect", async (_, query, status, text) => {
    const response = await start(query);
    expect(response.status).toBe(status);
    expect(response.headers.get("location")).toBeNull();
    expect(
      cheerio
        .load(await response.text())("body")
        .text(),
    ).toContain(text);
  });

  it("says which setting is missing when the Pages project has no client id or secret", async () => {
    const response = await start(undefined, { GITHUB_CLIENT_ID: "client-123" });
    expect(response.status).toBe(500);
    expect(response.headers.get("location")).toBeNull();
    expect(
      cheerio
        .load(await response.text())("body")
        .text(),
    ).toContain("GITHUB_CLIENT_SECRET missing");
  });
});

describe("GET /api/callback", () => {
  it("trades the code for a token with the secret, server to server, and hands the token to the editor's origin only", async () => {
    const { response, body, fetcher } = await callback((state) => `?code=the-code&state=${state}`);
    expect(response.status).toBe(200);
    expectSafe(response, body);
    expect(fetcher).toHaveBeenCalledOnce();
    const [url, init] = fetcher.mock.calls[0]!;
    expect(url).toBe("http://127.0.0.1:9/login/oauth/access_token");
    expect(JSON.parse(init!.body as string)).toEqual({
      client_id: "client-123",
      client_secret: SECRET,
      code: "the-code",
      redirect_uri: `${SITE}/api/callback`,
    });

    const $ = cheerio.load(body);
    expect(JSON.parse($("script#auth").text())).toEqual({ token: TOKEN });
    const scripts = $("script:not([type])");
    expect(scripts).toHaveLength(1);
    const script = scripts.text();
    // postMessage only to the page's own origin, never "*", and only after Decap's handshake.
    expect(script.match(/postMessage\(/g)).toHaveLength(2);
    expect(script).not.toMatch(/postMessage\([^)]*["'`]\*["'`]/);
    expect(script).toContain("event.data !== handshake");
    expect(script).not.toContain(TOKEN);
    const hash = createHash("sha256").update(script).digest("base64");
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).toMatch(/^default-src 'none'/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  const failures: [string, (state: string) => string, { cookie?: boolean; fetcher?: ReturnType<typeof tokenEndpoint> }, number, string][] =
    [
      ["a wrong state", () => "?code=c&state=not-the-one", {}, 400, "not started from this browser"],
      ["no state", () => "?code=c", {}, 400, "not started from this browser"],
      ["no state cookie", (s) => `?code=c&state=${s}`, { cookie: false }, 400, "not started from this browser"],
      [
        "GitHub's access_denied",
        (s) => `?error=access_denied&error_description=denied&state=${s}`,
        {},
        403,
        "You did not allow the editor",
      ],
      [
        "another GitHub error",
        (s) => `?error=application_suspended&state=${s}`,
        {},
        403,
        "GitHub stopped the sign-in (application_suspended)",
      ],
      ["no code", (s) => `?state=${s}`, {}, 400, "GitHub sent no code"],
      [
        "a refused code",
        (s) => `?code=c&state=${s}`,
        { fetcher: tokenEndpoint(() => Response.json({ error: "bad_verification_code" })) },
        502,
        "GitHub refused the code (bad_verification_code)",
      ],
      [
        "a failed exchange",
        (s) => `?code=c&state=${s}`,
        { fetcher: tokenEndpoint(() => new Response("down", { status: 503 })) },
        502,
        "GitHub answered 503",
      ],
      [
        "an unreachable GitHub",
        (s) => `?code=c&state=${s}`,
        { fetcher: tokenEndpoint(() => Promise.reject(new TypeError("fetch failed"))) },
        502,
        "GitHub could not be reached",
      ],
      [
        "an answer without a token",
        (s) => `?code=c&state=${s}`,
        { fetcher: tokenEndpoint(() => Response.json({ token_type: "bearer" })) },
        502,
        "GitHub gave no token",
      ],
    ];

  it.each(failures)(
    "on %s: a short page that says so, no script, no token, and the state is spent",
    async (_, query, options, status, text) => {
      const { response, body, fetcher } = await callback(query, options);
      expect(response.status).toBe(status);
      expectSafe(response, body);
      const $ = cheerio.load(body);
      expect($("h1").text()).toBe("Sign-in failed");
      expect($("body").text()).toContain(text);
      expect($("script")).toHaveLength(0);
      expect(body).not.toContain(TOKEN);
      expect(response.headers.get("content-security-policy")).not.toContain("script-src");
      // The code is traded only once the state is right and GitHub sent one.
      if (status !== 502) expect(fetcher).not.toHaveBeenCalled();
    },
  );
});

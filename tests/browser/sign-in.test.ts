/**
 * The editor's sign-in end to end: the fixture site built with its address
 * on this machine, served by Cloudflare Pages' own runtime with the
 * functions (wrangler pages dev, https), GitHub played by a stand-in on
 * loopback. Chromium clicks Decap's login and goes through the popup.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { CMS_SETTINGS } from "../../src/cms/settings.ts";
import { startPagesDev, type PagesDev } from "../../src/wrangler.ts";
import { EDITOR_TEST_TIMEOUT, EDITOR_TIMEOUT, launch, watchErrors } from "../helpers/browser.ts";
import { DECAP_SERVER } from "../helpers/cms.ts";
import { startGitHubStandIn, type Consent, type GitHubStandIn } from "../helpers/github-stand-in.ts";
import { freePort, serve, type StaticServer } from "../helpers/server.ts";
import { createFixture, type Fixture } from "../helpers/site.ts";

const CLIENT = { clientId: "stand-in-client", clientSecret: "stand-in-secret" };
const USER = { login: "penulis", name: "Penulis Uji" };

let site: Fixture;
let github: GitHubStandIn;
let pages: PagesDev;
let other: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await createFixture({ withPosts: true });
  const port = await freePort();
  // The site's address is where Decap signs in (base_url): here, this machine.
  const settings = parse(await site.read("_data/site.yaml")) as Record<string, unknown>;
  await site.write("_data/site.yaml", stringify({ ...settings, url: `https://127.0.0.1:${port}` }));
  const built = await site.buildHere();
  expect(built.code, built.stderr).toBe(0);
  github = await startGitHubStandIn({ ...CLIENT, repo: CMS_SETTINGS.repo, user: USER });
  pages = await startPagesDev({
    dir: join(site.dir, "dist"),
    port,
    https: true,
    vars: { GITHUB_CLIENT_ID: CLIENT.clientId, GITHUB_CLIENT_SECRET: CLIENT.clientSecret, GITHUB_URL: github.url },
  });
  other = await serve(join(site.dir, "dist"));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await other?.close();
  await pages?.stop();
  await github?.close();
  await site?.dispose();
});

let editor: { page: Page; errors: string[] } | undefined;

/**
 * /admin/ on the served site, its GitHub API calls answered by the stand-in,
 * and the login popup once opened. Decap's bundle costs seconds of CPU to
 * start, so the page opens once: a failed sign-in leaves it signed out,
 * ready for the next (the tests that fail come first).
 */
async function signIn(consent: Consent): Promise<{ page: Page; popup: Page; errors: string[] }> {
  github.consent = consent;
  editor ??= await openAdmin();
  const { page, errors } = editor;
  const opened = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Login with GitHub" }).click();
  return { page, popup: await opened, errors };
}

async function openAdmin(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 900 } });
  context.setDefaultTimeout(EDITOR_TIMEOUT);
  const errors: string[] = [];
  const page = watchErrors(await context.newPage(), errors);
  // No decap-server on this machine: Decap must use GitHub, as on the live site.
  await page.route(`${DECAP_SERVER}/**`, (route) => route.abort());
  // GitHub's API answers any origin (CORS), with a preflight for the Authorization header.
  await context.route("https://api.github.com/**", async (route) => {
    const request = route.request();
    const cors = {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Headers": "Authorization, Content-Type",
      "Access-Control-Allow-Methods": "GET, POST, PATCH, PUT, DELETE",
    };
    if (request.method() === "OPTIONS") return route.fulfill({ status: 204, headers: cors });
    const { status, body } = github.api(
      request.method(),
      new URL(request.url()).pathname,
      (await request.headerValue("authorization")) ?? undefined,
    );
    await route.fulfill({ status, headers: cors, contentType: "application/json", body: JSON.stringify(body) });
  });
  await page.goto(`${pages.url}/admin/`);
  return { page, errors };
}

describe("signing in to the editor on the site itself", { timeout: EDITOR_TEST_TIMEOUT }, () => {
  it.each([
    ["a wrong state", "wrong-state" as const, "not started from this browser"],
    ["GitHub's access_denied", "deny" as const, "You did not allow the editor"],
  ])("with %s: the popup says what went wrong, and the editor stays signed out", async (_, consent, text) => {
    const { page, popup } = await signIn(consent);
    await popup.getByRole("heading", { name: "Sign-in failed" }).waitFor();
    await popup.getByText(text).waitFor();
    expect(await popup.content()).not.toContain(github.token);
    await page.getByRole("button", { name: "Login with GitHub" }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem("decap-cms-user"))).toBeNull();
    await popup.close();
  });

  it("goes through GitHub and the site's functions to the editor, with its collections, as the signed-in author", async () => {
    github.requests.length = 0; // what this sign-in asked of GitHub, not the failed ones
    const { page, popup } = await signIn("allow");
    // Decap closes the popup once it has the token; if it never does, say where the popup stopped.
    await popup.waitForEvent("close").catch(async (error: unknown) => {
      const text = await popup
        .locator("body")
        .innerText({ timeout: 1000 })
        .catch(() => "(no text)");
      throw new Error(`the sign-in popup stayed open at ${popup.url()}: ${text}`, { cause: error });
    });
    for (const collection of ["Promos", "Catalog", "Articles"])
      await page.getByRole("link", { name: collection, exact: true }).first().waitFor();
    await page.getByRole("button", { name: "Account" }).click();
    await page.getByText("Log Out").waitFor();
    const user = JSON.parse((await page.evaluate(() => localStorage.getItem("decap-cms-user"))) ?? "{}") as Record<string, unknown>;
    expect(user).toMatchObject({ login: USER.login, name: USER.name, token: github.token, backendName: "github" });
    expect(github.requests).toEqual(expect.arrayContaining(["GET /login/oauth/authorize", "POST /login/oauth/access_token"]));
    await page.context().close();
    editor = undefined;
  });

  it("never hands the token to a page of another origin that opened the sign-in", async () => {
    github.consent = "allow";
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    context.setDefaultTimeout(EDITOR_TIMEOUT);
    const page = await context.newPage();
    await page.goto(`${other.url}/`);
    await page.evaluate(() => {
      (window as unknown as { received: unknown[] }).received = [];
      window.addEventListener("message", (event) => (window as unknown as { received: unknown[] }).received.push(event.data));
    });
    const opened = page.waitForEvent("popup");
    await page.evaluate((url) => void window.open(url, "sign-in"), `${pages.url}/api/auth?provider=github&scope=repo`);
    const popup = await opened;
    await popup.waitForURL(/\/api\/callback\?/);
    await popup.getByText("Signing in…").waitFor();
    // The popup's handshake went to its own origin only: this page heard nothing, so it could not answer.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([]);
    await context.close();
  });
});

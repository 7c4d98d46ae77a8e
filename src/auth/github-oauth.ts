/**
 * Sign-in to the editor at /admin/ with GitHub: the OAuth handshake Decap
 * CMS's GitHub backend expects at its `base_url` (the site itself) and
 * `auth_endpoint` (src/cms/config.ts). Run by Cloudflare Pages Functions
 * (functions/api/), so it deploys with the site; GitHub needs a server to
 * hold the OAuth app's secret, and the secret never leaves this code.
 */
import { clearStateCookie, newState, sameState, setStateCookie, stateFromCookies } from "./state.ts";
import { failurePage, handoffPage } from "./pages.ts";

/** The Pages project's settings (README, "Signing in on the live site"). */
export interface AuthEnv {
  GITHUB_CLIENT_ID?: string;
  GITHUB_CLIENT_SECRET?: string;
  /** GitHub's web address: another for GitHub Enterprise, or a stand-in in tests. */
  GITHUB_URL?: string;
}

/** The two functions' addresses: their files under functions/ are their routes. */
export const SIGN_IN_PATH = "/api/auth";
export const CALLBACK_PATH = "/api/callback";
/** What Decap asks for: `repo`, or `public_repo` for open authoring. */
const SCOPES = new Set(["repo", "public_repo"]);
const AGAIN = "Close this window and press Login in the editor again.";

const githubUrl = (env: AuthEnv) => (env.GITHUB_URL || "https://github.com").replace(/\/+$/, "");
const callbackUrl = (request: Request) => new URL(CALLBACK_PATH, request.url).href;

function notSetUp(env: AuthEnv): Promise<Response> | null {
  const missing = (["GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET"] as const).filter((name) => !env[name]);
  if (missing.length === 0) return null;
  return failurePage(
    500,
    `Sign-in is not set up on this site: ${missing.join(" and ")} missing.`,
    "Ask a developer to follow README's checklist.",
  );
}

/** GET /api/auth: a fresh state in a cookie, then GitHub's consent page. */
export async function startSignIn(request: Request, env: AuthEnv): Promise<Response> {
  const unset = notSetUp(env);
  if (unset) return unset;
  const query = new URL(request.url).searchParams;
  if ((query.get("provider") ?? "github") !== "github")
    return failurePage(400, `Unknown sign-in provider "${query.get("provider")}".`, AGAIN);
  const scope = query.get("scope") ?? "repo";
  if (!SCOPES.has(scope)) return failurePage(400, `Unknown scope "${scope}".`, AGAIN);
  const state = newState();
  const authorize = new URL(`${githubUrl(env)}/login/oauth/authorize`);
  authorize.search = new URLSearchParams({ client_id: env.GITHUB_CLIENT_ID!, redirect_uri: callbackUrl(request), scope, state }).toString();
  return new Response(null, {
    status: 302,
    headers: {
      Location: authorize.href,
      "Set-Cookie": setStateCookie(state),
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}

/** GitHub's answer to the code exchange: a token, or why not. */
async function exchangeCode(
  code: string,
  request: Request,
  env: AuthEnv,
  fetcher: typeof fetch,
): Promise<{ token: string } | { error: string }> {
  try {
    const response = await fetcher(`${githubUrl(env)}/login/oauth/access_token`, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify({
        client_id: env.GITHUB_CLIENT_ID,
        client_secret: env.GITHUB_CLIENT_SECRET,
        code,
        redirect_uri: callbackUrl(request),
      }),
    });
    if (!response.ok) return { error: `GitHub answered ${response.status}` };
    const answer = (await response.json()) as { access_token?: unknown; error?: unknown };
    if (typeof answer.access_token === "string" && answer.access_token) return { token: answer.access_token };
    return { error: typeof answer.error === "string" ? `GitHub refused the code (${answer.error})` : "GitHub gave no token" };
  } catch {
    return { error: "GitHub could not be reached" };
  }
}

/** GET /api/callback: check the state, trade the code for a token, hand it to the editor. */
export async function finishSignIn(request: Request, env: AuthEnv, fetcher: typeof fetch = fetch): Promise<Response> {
  const once = { "Set-Cookie": clearStateCookie() };
  const unset = notSetUp(env);
  if (unset) return unset;
  const query = new URL(request.url).searchParams;
  if (!sameState(stateFromCookies(request.headers.get("Cookie")), query.get("state"))) {
    return failurePage(400, "This sign-in was not started from this browser, or it has already been used or has expired.", AGAIN, once);
  }
  const denied = query.get("error");
  if (denied) {
    const problem =
      denied === "access_denied" ? "You did not allow the editor to use your GitHub account." : `GitHub stopped the sign-in (${denied}).`;
    return failurePage(403, problem, AGAIN, once);
  }
  const code = query.get("code");
  if (!code) return failurePage(400, "GitHub sent no code.", AGAIN, once);
  const exchanged = await exchangeCode(code, request, env, fetcher);
  if ("error" in exchanged) return failurePage(502, `${exchanged.error}.`, AGAIN, once);
  return handoffPage(exchanged.token, once);
}

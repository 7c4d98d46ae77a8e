/**
 * The pages the sign-in popup shows: the one that hands the token to the
 * editor, and a short one for each way it can fail. Each carries its own
 * headers: Cloudflare Pages applies `_headers` to static files only.
 */

const BASE_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  // A token or a one-time code must never be kept by a cache or the back button.
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
};
const POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE =
  ":root{color-scheme:light dark}body{font:16px/1.5 system-ui,sans-serif;max-width:32em;margin:3em auto;padding:0 1em}h1{font-size:1.25em}";

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${escape(title)}</title><style>${STYLE}</style><body>${body}</body></html>`;

/**
 * Decap's handshake (decap-cms-lib-auth): the popup says "authorizing:github"
 * to its opener; the editor answers the same from its own origin; only then
 * the popup sends the token, to that origin alone. The token itself is data
 * in the page, so this script never changes and its hash is fixed.
 */
const HANDOFF_SCRIPT = `(() => {
  const origin = location.origin;
  const opener = window.opener;
  const status = document.getElementById("status");
  if (!opener) { status.textContent = "Open the editor at /admin/ and press Login there."; return; }
  const { token } = JSON.parse(document.getElementById("auth").textContent);
  const handshake = "authorizing:github";
  window.addEventListener("message", (event) => {
    if (event.origin !== origin || event.source !== opener || event.data !== handshake) return;
    opener.postMessage("authorization:github:success:" + JSON.stringify({ token, provider: "github" }), origin);
    status.textContent = "Signed in. You can close this window.";
  });
  opener.postMessage(handshake, origin);
})();`;

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}
const hashes = Promise.all([sha256(STYLE), sha256(HANDOFF_SCRIPT)]);
/** The policy of a page whose only style is STYLE and whose only script, if any, is the handoff. */
async function policy(withScript: boolean): Promise<string> {
  const [style, script] = await hashes;
  return `${POLICY}; style-src 'sha256-${style}'${withScript ? `; script-src 'sha256-${script}'` : ""}`;
}

/** The page that gives the editor its token: no other script may run on it. */
export async function handoffPage(token: string, headers: Record<string, string>): Promise<Response> {
  // JSON in a non-script block; "<" escaped so no text can close the element.
  const data = JSON.stringify({ token }).replace(/</g, "\\u003c");
  const body = `<p id="status">Signing in…</p><script type="application/json" id="auth">${data}</script><script>${HANDOFF_SCRIPT}</script>`;
  return new Response(page("Signing in", body), {
    status: 200,
    headers: { ...BASE_HEADERS, ...headers, "Content-Security-Policy": await policy(true) },
  });
}

/** A failure, in words an author can act on; never a token, never the secret. */
export async function failurePage(
  status: number,
  problem: string,
  advice: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  const body = `<h1>Sign-in failed</h1><p>${escape(problem)}</p><p>${escape(advice)}</p>`;
  return new Response(page("Sign-in failed", body), {
    status,
    headers: { ...BASE_HEADERS, ...headers, "Content-Security-Policy": await policy(false) },
  });
}

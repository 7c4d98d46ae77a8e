/**
 * A stand-in for GitHub on loopback, for the editor's sign-in end to end:
 * the consent page (it consents, refuses, or answers with another state, as
 * the test sets), the code exchange the callback makes server to server,
 * and the few API calls Decap makes once it holds a token.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type Consent = "allow" | "deny" | "wrong-state";

export interface GitHubStandIn {
  url: string;
  consent: Consent;
  /** Every request, "METHOD /path", in order. */
  requests: string[];
  /** The token it gives for its code; what Decap sends back on API calls. */
  token: string;
  /** Answers an API request (api.github.com, routed here by the test's browser). */
  api(method: string, path: string, authorization: string | undefined): { status: number; body: unknown };
  close(): Promise<void>;
}

export interface StandInOptions {
  clientId: string;
  clientSecret: string;
  repo: string;
  user: { login: string; name: string };
}

export async function startGitHubStandIn({ clientId, clientSecret, repo, user }: StandInOptions): Promise<GitHubStandIn> {
  const code = "code-from-the-stand-in";
  const state: GitHubStandIn = {
    url: "",
    consent: "allow",
    requests: [],
    token: "gho_stand-in-token",
    api(method, path, authorization) {
      if (authorization !== `token ${state.token}`) return { status: 401, body: { message: "Bad credentials" } };
      if (method === "GET" && path === "/user") return { status: 200, body: { ...user, id: 1, avatar_url: "" } };
      if (method === "GET" && path === `/repos/${repo}`) {
        return {
          status: 200,
          body: {
            full_name: repo,
            owner: { login: repo.split("/")[0] },
            default_branch: "main",
            permissions: { admin: false, push: true, pull: true },
          },
        };
      }
      // No entries, branches or pull requests yet: an empty repository as far as Decap asks.
      if (method === "GET" && /\/(pulls|branches|git\/matching-refs\/heads\/cms)\b/.test(path)) return { status: 200, body: [] };
      return { status: 404, body: { message: "Not Found" } };
    },
    close: async () => {},
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://stand-in");
    state.requests.push(`${req.method} ${url.pathname}`);
    let body = "";
    for await (const chunk of req) body += chunk;
    if (req.method === "GET" && url.pathname === "/login/oauth/authorize") {
      const back = new URL(url.searchParams.get("redirect_uri")!);
      const given = url.searchParams.get("client_id") === clientId ? url.searchParams.get("state")! : "";
      if (state.consent === "deny")
        back.search = new URLSearchParams({
          error: "access_denied",
          error_description: "The user has denied your application access.",
          state: given,
        }).toString();
      else back.search = new URLSearchParams({ code, state: state.consent === "wrong-state" ? "forged-state" : given }).toString();
      res.writeHead(302, { Location: back.href }).end();
      return;
    }
    if (req.method === "POST" && url.pathname === "/login/oauth/access_token") {
      const sent = JSON.parse(body || "{}") as Record<string, string>;
      const good = sent.client_id === clientId && sent.client_secret === clientSecret && sent.code === code;
      res
        .writeHead(200, { "Content-Type": "application/json" })
        .end(
          JSON.stringify(good ? { access_token: state.token, token_type: "bearer", scope: "repo" } : { error: "bad_verification_code" }),
        );
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}

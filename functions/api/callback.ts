/** GET /api/callback: GitHub sends the author back here (src/auth/github-oauth.ts). */
import { finishSignIn, type AuthEnv } from "../../src/auth/github-oauth.ts";

export const onRequestGet = ({ request, env }: { request: Request; env: AuthEnv }) => finishSignIn(request, env);

/** GET /api/auth: the editor's sign-in starts here (src/auth/github-oauth.ts). */
import { startSignIn, type AuthEnv } from "../../src/auth/github-oauth.ts";

export const onRequestGet = ({ request, env }: { request: Request; env: AuthEnv }) => startSignIn(request, env);

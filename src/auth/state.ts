/**
 * The OAuth `state`: a random value the sign-in sets in a cookie and sends
 * to GitHub, which the callback must get back from both. It proves that the
 * callback answers a sign-in this browser started here (no login CSRF).
 */

/** `__Secure-`: the browser keeps it only from https; scoped to the two functions. */
export const STATE_COOKIE = "__Secure-cms-oauth-state";
const ATTRIBUTES = "Path=/api/; HttpOnly; Secure; SameSite=Lax";
/** Long enough to consent on GitHub's page; a state is used once anyway. */
const LIFETIME_S = 600;

/** 256 random bits, base64url: twice the 128 bits a guess would have to beat. */
export function newState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

export const setStateCookie = (state: string) => `${STATE_COOKIE}=${state}; ${ATTRIBUTES}; Max-Age=${LIFETIME_S}`;
/** Sent with every callback answer, whatever it says: a state is good for one try. */
export const clearStateCookie = () => `${STATE_COOKIE}=; ${ATTRIBUTES}; Max-Age=0`;

export function stateFromCookies(header: string | null): string | null {
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === STATE_COOKIE) return part.slice(at + 1).trim() || null;
  }
  return null;
}

/** Compares in time that does not depend on where the two differ. */
export function sameState(expected: string | null, given: string | null): boolean {
  if (!expected || !given || expected.length !== given.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= expected.charCodeAt(i) ^ given.charCodeAt(i);
  return difference === 0;
}

/**
 * decap-server, the editor's backend on an author's machine (`npm run cms`):
 * `local_backend: true` in the generated config points Decap at this port
 * (Decap's default), which the admin page's
 * policy allows and the tests stand a server in for.
 */
export const DECAP_SERVER_PORT = 8081;
export const DECAP_SERVER_URL = `http://localhost:${DECAP_SERVER_PORT}`;

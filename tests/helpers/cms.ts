/**
 * The editor at /admin/ in a test: decap-server on loopback saving into a
 * fixture project, and Decap signed in to it in a Chromium page.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { EDITOR_TIMEOUT, launch, watchErrors } from "./browser.ts";
import { freePort, serve } from "./server.ts";
import { ROOT } from "./site.ts";
import { DECAP_SERVER_URL } from "../../src/cms/decap-server.ts";

/** Where the generated config tells Decap to find decap-server; each test run's own server answers it. */
export const DECAP_SERVER = DECAP_SERVER_URL;

export async function startDecapServer(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, "node_modules/decap-server/dist/index.js")], {
    env: { ...process.env, PORT: String(port), BIND_HOST: "127.0.0.1", GIT_REPO_DIRECTORY: dir, LOG_LEVEL: "error", MODE: "fs" },
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: "POST", body: "{}" }).catch(() => null);
    if (up) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`decap-server did not start: ${output}`);
}

export interface Editor {
  browser: Browser;
  /** The static server of the built site. */
  siteUrl: string;
  decapPort: number;
  /** Where the page's console errors go. */
  errors: string[];
}

/** The editor, signed in to the local backend, at `route` (a hash address), in a browser in Los Angeles. */
export async function openEditor(editor: Editor, route: string, width = 1366): Promise<Page> {
  const context = await editor.browser.newContext({ timezoneId: "America/Los_Angeles", locale: "en-US", viewport: { width, height: 900 } });
  context.setDefaultTimeout(EDITOR_TIMEOUT);
  const page = watchErrors(await context.newPage(), editor.errors);
  // Leaving an entry with unsaved changes is confirmed; a local backup of one is declined (each test starts from the files).
  page.on("dialog", (dialog) => void (/backup/i.test(dialog.message()) ? dialog.dismiss() : dialog.accept()));
  await page.route(`${DECAP_SERVER}/**`, async (request) => {
    // A kept-alive socket decap-server has just closed resets the request: Playwright sends it again (only on ECONNRESET).
    const url = request.request().url().replace(DECAP_SERVER, `http://127.0.0.1:${editor.decapPort}`);
    const answer = await request.fetch({ url, maxRetries: 2 });
    await request.fulfill({ response: answer });
  });
  const origin = editor.siteUrl.replace("127.0.0.1", "localhost");
  await page.goto(`${origin}/admin/`);
  await page.getByRole("button", { name: "Login" }).click();
  await page.getByText("Promos", { exact: true }).first().waitFor();
  await page.goto(`${origin}/admin/#${route}`);
  return page;
}

export interface EditorSite extends Editor {
  /** The editor at `route`, signed in: the same page each time (moveEditor). */
  open(route: string, width?: number): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The editor page a test left, moved to `route` for the next: Decap's 5 MB
 * bundle costs seconds of CPU to start, so it starts once per test file.
 * Through its home first, so an entry is read again from disk, not kept in
 * the editor's memory, even when the next test opens the same one.
 */
async function moveEditor(editor: Editor, page: Page, route: string, width: number): Promise<Page> {
  await page.setViewportSize({ width, height: 900 });
  const origin = editor.siteUrl.replace("127.0.0.1", "localhost");
  if (page.url().startsWith(`${origin}/admin/`)) await page.evaluate(() => (location.hash = "#/"));
  else await page.goto(`${origin}/admin/#/`); // still signed in: Decap keeps the user in localStorage
  await page.getByText("Promos", { exact: true }).first().waitFor();
  await page.evaluate((hash) => (location.hash = hash), `#${route}`);
  return page;
}

/** A built fixture site served as the CDN would, decap-server saving into its folder, and Chromium. */
export async function startEditor(dir: string): Promise<EditorSite> {
  const decapPort = await freePort();
  const decapServer = await startDecapServer(dir, decapPort);
  const server = await serve(join(dir, "dist"));
  const browser = await launch();
  let page: Page | undefined;
  const editor: EditorSite = {
    browser,
    siteUrl: server.url,
    decapPort,
    errors: [],
    async open(route, width = 1366) {
      page = page ? await moveEditor(editor, page, route, width) : await openEditor(editor, route, width);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      decapServer.kill();
    },
  };
  return editor;
}

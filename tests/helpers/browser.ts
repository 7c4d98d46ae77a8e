/**
 * Debian's Chromium driven by playwright-core. Browser tests never skip: a
 * machine without Chromium fails them with a message saying how to get it.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";

/**
 * Debian's headless shell first: the same Chromium (Blink, V8, version) built
 * without the browser's window layer, as Playwright's own headless default.
 * The browser tests took 75 core-seconds with it and 170 with the full
 * browser, 54 s against 97 s, on this 2-core machine; the full browser where
 * there is no shell.
 */
const BUILDS = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];
export const CHROMIUM = process.env.CHROMIUM_PATH ?? BUILDS.find((path) => existsSync(path)) ?? BUILDS[0]!;

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * How far before the moment a test wants its fake clock is installed: the
 * clock runs in real time until paused, and opening a page on a loaded
 * 2-core machine has taken more than 5 s (pauseAt then refuses to go back).
 */
export const CLOCK_LEAD_MS = 60_000;

/**
 * The editor is Decap's 5 MB bundle: on a busy 2-core machine, opening it
 * has taken over 30 s (Playwright's default wait). Its tests wait longer,
 * and each may take this long in all.
 */
export const EDITOR_TIMEOUT = 90_000;
export const EDITOR_TEST_TIMEOUT = 240_000;

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install chromium-headless-shell) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Resolves once the page's one request for the server's clock (a HEAD
 * after load, src/client/lib/server-clock.ts) is answered: call it before
 * the navigation.
 */
export const serverClockRead = (page: Page): Promise<unknown> => page.waitForResponse((response) => response.request().method() === "HEAD");

/** Records the page's console errors and uncaught exceptions in `errors`, each with the page's address. */
export function watchErrors(page: Page, errors: string[]): Page {
  page.on("console", (m) => m.type() === "error" && errors.push(`${page.url()}: ${m.text()}`));
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  return page;
}

let axe: Promise<string> | undefined;
/** axe-core's source, to run in a page through DevTools (the page's CSP does not apply there). */
export const axeSource = (): Promise<string> => (axe ??= readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"));

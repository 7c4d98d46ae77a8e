/**
 * A static server for dist/, as the CDN serves it: clean URLs, 404.html with
 * status 404, and the headers from dist/_headers (so a CSP violation shows
 * in the browser). Its Date header can be set, to play the server's clock.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".yml": "text/yaml; charset=utf-8",
};

export interface HeaderRule {
  pattern: RegExp;
  /** [name, value]; a null value detaches the header ("! Name"). */
  headers: [string, string | null][];
}

/** Parses the `_headers` format read by Netlify and Cloudflare Pages. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (line.trim().startsWith("!")) {
      rules.at(-1)?.headers.push([line.trim().slice(1).trim(), null]);
    } else {
      const at = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

export interface StaticServer {
  url: string;
  /** The instant the server's Date header claims; null for the real clock. */
  serverTime: number | null;
  /**
   * Sends each HTML page in parts, `ms` apart, split at the places `at`
   * returns (character offsets; a negative one, a place the page does not
   * have, is left out): a slow network's packet boundaries, after each of
   * which the browser paints what it has. Null: whole pages at once.
   */
  stall: { at: (html: string) => number[]; ms: number } | null;
  close(): Promise<void>;
}

export async function serve(root: string): Promise<StaticServer> {
  const headersFile = join(root, "_headers");
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, "utf8")) : [];
  const state: StaticServer = { url: "", serverTime: null, stall: null, close: async () => {} };
  const gzipped = new Map<string, ReturnType<typeof gzipSync>>();

  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = "";
    else if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const found = file !== "" && existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(root, "404.html");
    res.statusCode = found ? 200 : 404;
    res.setHeader("Content-Type", TYPES[extname(served)] ?? "application/octet-stream");
    if (state.serverTime !== null) res.setHeader("Date", new Date(state.serverTime).toUTCString());
    // As Cloudflare Pages: every matching rule applies, repeated headers join with ", ".
    for (const rule of rules) {
      if (!rule.pattern.test(path)) continue;
      for (const [name, value] of rule.headers) {
        const current = res.getHeader(name);
        if (value === null) res.removeHeader(name);
        else res.setHeader(name, current ? `${current}, ${value}` : value);
      }
    }
    let body: Buffer = await readFile(served);
    if (state.stall && served.endsWith(".html") && req.method !== "HEAD") {
      const html = body.toString("utf8");
      const cuts = [...new Set(state.stall.at(html).filter((cut) => cut >= 0))].sort((a, b) => a - b);
      let sent = 0;
      for (const cut of cuts) {
        const at = Buffer.byteLength(html.slice(0, cut));
        res.write(body.subarray(sent, at));
        sent = at;
        await new Promise((resolve) => setTimeout(resolve, state.stall!.ms));
      }
      res.end(body.subarray(sent));
      return;
    }
    // Compressed as the CDN does, for clients that accept it; once per file and content (the editor's bundle is 5 MB).
    if (/\bgzip\b/.test(String(req.headers["accept-encoding"])) && !extname(served).match(/\.(png|jpe?g|webp|avif)$/)) {
      const key = `${served}:${statSync(served).mtimeMs}:${body.length}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
      body = gzipped.get(key)!;
      res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Vary", "Accept-Encoding");
    }
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}

/** A TCP port nothing on this machine listens on now, for a server a test or benchmark starts. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

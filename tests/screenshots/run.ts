/**
 * `npm run screenshots`: full-page PNGs of every kind of page, built from the
 * tests' fixture content in each promo state (before, during, after the
 * fixture's promo), at 390 and 1366 px, light and dark, into screenshots/.
 * `-- --state=active` takes one state. Look at them after a visible change.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { launch } from "../helpers/browser.ts";
import { serve } from "../helpers/server.ts";
import { createFixture, post, ROOT } from "../helpers/site.ts";

const PAGES = {
  home: "/",
  blog: "/blog/",
  article: "/blog/artikel/",
  catalog: "/kelas/",
  program: "/kelas/back-end-python-complete/",
  cart: "/keranjang/",
  search: "/cari/",
};
const WIDTHS = [390, 1366];
const only = process.argv.find((a) => a.startsWith("--state="))?.slice("--state=".length);

const site = await createFixture({ posts: { "artikel.md": post({ title: '"Artikel"' }) } });
try {
  const [promo] = (parse(await site.read("_data/promos.yaml")) as { promos: { start: string; end: string }[] }).promos;
  if (!promo) throw new Error("the fixture has no promo");
  // The instants, from the fixture's own dates: the day before, the first day at noon, the day after.
  const day = (date: string, days: number) => new Date(Date.parse(`${date.slice(0, 10)}T12:00:00+07:00`) + days * 86_400_000).toISOString();
  const states = { upcoming: day(promo.start, -1), active: day(promo.start, 0), ended: day(promo.end, 1) };
  const browser = await launch();
  for (const [state, now] of Object.entries(states)) {
    if (only && only !== state) continue;
    const built = await site.build({ PROMO_NOW: now });
    if (built.code !== 0) throw new Error(built.stderr);
    const server = await serve(join(site.dir, "dist"));
    // Both clocks: the countdown corrects the browser's by the server's Date header.
    server.serverTime = Date.parse(now);
    const out = join(ROOT, "screenshots", state);
    await mkdir(out, { recursive: true });
    for (const width of WIDTHS) {
      for (const colorScheme of ["light", "dark"] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, timezoneId: "Asia/Jakarta" });
        await context.clock.install({ time: Date.parse(now) });
        const page = await context.newPage();
        for (const [name, path] of Object.entries(PAGES)) {
          await page.goto(server.url + path, { waitUntil: "networkidle" });
          await page.screenshot({ path: join(out, `${name}-${width}-${colorScheme}.png`), fullPage: true });
        }
        await context.close();
      }
    }
    await server.close();
    console.log(`[screenshots] ${state} (${now}): ${Object.keys(PAGES).length * WIDTHS.length * 2} pages in screenshots/${state}/`);
  }
  await browser.close();
} finally {
  await site.dispose();
}

/**
 * The editor's preview pane drawn as the site draws the page: an article in
 * the article page's stylesheet and reading column, its body through the
 * site's own markdown rules (src/markdown/rules.ts); the promos file
 * as the home page's hero, from the build's promo view model. What only the
 * build can make (pictures through the image pipeline, the video facade's
 * player) is a placeholder that says what will be there.
 */
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { pad, timeLeft } from "../lib/countdown.ts";
import { longDate, parseAuthorDate } from "../lib/dates.ts";
import { promosFileSchema } from "../lib/promo-schema.ts";
import { promoView, type PromoView } from "../lib/promo-view.ts";
import { promoAt, resolvePromos, type Promo } from "../lib/promos.ts";
import { POSTS_TAG } from "../lib/posts-tag.ts";
import { readingMinutes } from "../lib/reading-time.ts";
import { listItem, parseOrFail } from "../lib/validation.ts";
import { watchUrl, type Video } from "../lib/youtube.ts";
import { amendMarkdown } from "../markdown/rules.ts";

type CreateElement = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
/** Decap's entry: an Immutable.js map. */
interface Entry {
  getIn(path: string[]): unknown;
}
interface PreviewProps {
  entry: Entry;
}
interface PreviewCms {
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
}

/** What admin.njk tells the script (data attributes of <html>). */
interface PageFacts {
  zone: string;
  articleCss?: string;
  homeCss?: string;
  siteName: string;
  siteUrl: string;
  author: string;
}

/** A field's value as plain JavaScript (lists and objects are Immutable.js in Decap). */
function field<T>(entry: Entry, ...path: string[]): T | undefined {
  const value = entry.getIn(["data", ...path]) as { toJS?: () => unknown } | undefined;
  return (value && typeof value.toJS === "function" ? value.toJS() : value) as T | undefined;
}

const escape = (s: string) => new MarkdownIt().utils.escapeHtml(s);

/** A box in the body where the built page has something the editor cannot draw. */
export function placeholder(kind: "picture" | "video", what: string, detail: string): string {
  return `<figure class="cms-placeholder" data-placeholder="${kind}"><strong>${escape(what)}</strong><span>${escape(detail)}</span></figure>\n`;
}

const picturePlaceholder = (src: string, alt: string | null) =>
  placeholder(
    "picture",
    `Picture: ${src || "(no file)"}`,
    alt === null || alt === "" ? "No alt text: the build refuses a picture without one." : `Alt text: “${alt}”`,
  );

/** Raw <img> tags in the body's HTML, each replaced by its placeholder. */
function replaceRawImages(html: string): string {
  return html.replace(/<img\b[^>]*>/gi, (tag) => {
    const holder = document.createElement("template");
    holder.innerHTML = tag;
    const img = holder.content.querySelector("img");
    return picturePlaceholder(img?.getAttribute("src") ?? "", img?.getAttribute("alt") ?? null);
  });
}

/** The site's markdown, with placeholders where the build makes files. */
export function previewMarkdown(): MarkdownIt {
  const md = amendMarkdown(new MarkdownIt({ html: true }));
  md.renderer.rules.image = (tokens, i) => {
    const token = tokens[i]!;
    return picturePlaceholder(token.attrGet("src") ?? "", token.content);
  };
  md.renderer.rules.video = (tokens, i) => {
    const { video, title } = tokens[i]!.meta as { video: Video; title: string };
    return placeholder("video", `Video: ${title}`, `${watchUrl(video)} (on the site: a poster that plays it from YouTube when clicked)`);
  };
  md.core.ruler.push("preview_raw_images", (state) => {
    const raw = (t: Token) => (t.type === "html_block" || t.type === "html_inline") && /<img\b/i.test(t.content);
    for (const token of state.tokens) {
      if (raw(token)) token.content = replaceRawImages(token.content);
      for (const child of token.children ?? []) if (raw(child)) child.content = replaceRawImages(child.content);
    }
  });
  return md;
}

/** Placeholders, and the frame's page background: the site's stylesheets do the rest. */
const PREVIEW_CSS = `
body { margin: 0; }
.cms-placeholder { display: grid; gap: .25rem; margin: var(--space-4, 1.5rem) 0; padding: var(--space-3, 1rem); border: 2px dashed var(--border, #999); border-radius: var(--radius, .5rem); color: var(--muted, #555); font-size: var(--step--1, .9rem); overflow-wrap: anywhere; }
.cms-placeholder strong { color: var(--fg, inherit); }
.cms-note { margin: 0; padding: .5rem var(--gutter, 1rem); background: var(--surface, #eee); color: var(--muted, #555); font-size: var(--step--1, .9rem); }
.cms-note[data-problem] { color: var(--caution, #b00); white-space: pre-wrap; }
`;

function articlePreview(h: CreateElement, facts: PageFacts) {
  const md = previewMarkdown();
  return ({ entry }: PreviewProps) => {
    const title = field<string>(entry, "title") ?? "";
    const date = parseAuthorDate(String(field<string>(entry, "date") ?? ""), facts.zone);
    const tags = (field<string[]>(entry, "tags") ?? []).filter((t) => t && t !== POSTS_TAG);
    const cover = field<{ src?: string; alt?: string }>(entry, "cover");
    const source = field<string>(entry, "body") ?? "";
    // As an article: the rules that only act on an article (videos) act, and its checks speak.
    let problem: string | null = null;
    let body: string;
    try {
      body = md.render(source, { page: { inputPath: "the body" } });
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
      body = md.render(source);
    }
    const meta = [
      date ? h("time", { key: "date", dateTime: date.value.toISODate() }, longDate(date.value)) : null,
      ` · ${readingMinutes(body)} menit baca · ${field<string>(entry, "author") || facts.author}`,
    ];
    return h(
      "main",
      { id: "main" },
      problem ? h("p", { className: "cms-note", "data-problem": "" }, `The build would refuse this article:\n${problem}`) : null,
      h(
        "article",
        { className: "post wrap" },
        h(
          "header",
          null,
          h("h1", null, title),
          h("p", { className: "meta" }, ...meta),
          h("ul", { className: "tags" }, ...tags.map((tag) => h("li", { key: tag }, h("a", { href: "#" }, `#${tag}`)))),
        ),
        cover?.src
          ? h("div", { dangerouslySetInnerHTML: { __html: picturePlaceholder(`${cover.src} (cover)`, cover.alt ?? null) } })
          : null,
        h("div", { className: "prose", dangerouslySetInnerHTML: { __html: body } }),
      ),
    );
  };
}

/** The promos of the form as the build reads them, or the build's own words for why it would not. */
function resolved(entry: Entry, zone: string): Promo[] | string {
  const raw = { promos: field<unknown[]>(entry, "promos") ?? [] };
  try {
    return resolvePromos(
      parseOrFail(promosFileSchema, raw, "_data/promos.yaml", listItem(raw, "promos", "promo")).promos,
      zone,
      "_data/promos.yaml",
    );
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The hero of src/pages/index.njk (_includes/partials/promo-hero.njk) in its running state, from the view model's fields. */
function hero(h: CreateElement, promo: PromoView) {
  const left = timeLeft(promo.endsAt, promo.startsAt);
  const units: [string, string][] = [
    ["Hari", "h"],
    ["Jam", "j"],
    ["Menit", "m"],
    ["Detik", "d"],
  ];
  return h(
    "section",
    { className: "promo hero", "data-promo-preview": promo.id },
    h(
      "div",
      { className: "wrap hero-grid" },
      h(
        "div",
        { className: "hero-main" },
        h("h1", null, promo.title),
        h("p", { className: "promo-headline" }, `${promo.headline} `, h("strong", null, `${promo.discountLabel}*`)),
        h("p", { className: "promo-when" }, promo.endText),
        h(
          "div",
          { className: "hero-actions promo-offer" },
          h("a", { className: "button", href: "#" }, promo.cta.label),
          h("p", { className: "promo-code" }, "Kode ", h("code", null, promo.code)),
        ),
        h("p", { className: "promo-fine" }, promo.finePrint),
      ),
      h(
        "div",
        { className: "hero-timer" },
        h("p", { className: "timer-label" }, "Berakhir dalam"),
        h(
          "div",
          { className: "countdown", role: "timer" },
          ...units.map(([label, short], i) =>
            h(
              "span",
              { key: label, className: `unit${i === 3 ? " unit-seconds" : ""}`, "data-short": short },
              h("span", { className: "digits" }, pad(left[i]!)),
              " ",
              h("span", { className: "label" }, label),
            ),
          ),
        ),
      ),
    ),
  );
}

const STATE_WORDS = { upcoming: "not started yet", active: "running now", ended: "ended" } as const;

function promosPreview(h: CreateElement, facts: PageFacts) {
  const site = { name: facts.siteName, url: facts.siteUrl };
  return ({ entry }: PreviewProps) => {
    const promos = resolved(entry, facts.zone);
    if (typeof promos === "string")
      return h("p", { className: "cms-note", "data-problem": "" }, `The build would refuse this file:\n${promos}`);
    const now = Date.now();
    return h(
      "main",
      { id: "main" },
      ...promos.map((promo, i) => {
        // As visitors see it while it runs: the moment it starts, with the whole period on the clock.
        const shown = promoView(promoAt(promo, promo.startsAt, facts.zone), [], site)!;
        const state = promoAt(promo, now, facts.zone).state;
        const note = `Promo ${i + 1} of ${promos.length} (${promo.id}): ${STATE_WORDS[state]}. Shown as the home page shows it while it runs.`;
        return h("div", { key: `${promo.id}-${i}` }, h("p", { className: "cms-note" }, note), hero(h, shown));
      }),
    );
  };
}

/** The site's zone, which the admin page carries from site.yaml (src/pages/admin.njk): never a guess. */
export function pageZone(): string {
  const zone = document.documentElement.dataset.timeZone;
  if (!zone) throw new Error("the admin page names no time zone (data-time-zone)");
  return zone;
}

/** Registers the article and promo previews and the site's stylesheets for the preview frame. */
export function registerPreviews(h: CreateElement): void {
  const cms = (window as unknown as { CMS: PreviewCms }).CMS;
  const data = document.documentElement.dataset;
  const facts: PageFacts = {
    zone: pageZone(),
    articleCss: data.articleCss,
    homeCss: data.homeCss,
    siteName: data.siteName ?? "",
    siteUrl: data.siteUrl ?? "",
    author: data.author ?? "",
  };
  // Both whole stylesheets (each holds site.css): their own rules are scoped to their own classes.
  for (const css of [facts.articleCss, facts.homeCss]) if (css) cms.registerPreviewStyle(css);
  cms.registerPreviewStyle(PREVIEW_CSS, { raw: true });
  cms.registerPreviewTemplate("posts", articlePreview(h, facts));
  cms.registerPreviewTemplate("promos", promosPreview(h, facts));
}

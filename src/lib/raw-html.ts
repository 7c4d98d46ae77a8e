/**
 * What raw HTML in an article may not contain: what the site's
 * Content-Security-Policy would block without a word (scripts, inline event
 * handlers, inline styles, javascript: addresses, frames and plugins).
 * Plain markup passes.
 */
import { Parser } from "htmlparser2";

export interface RawHtmlProblem {
  found: string;
  expected: string;
}

const BLOCKED = "the site's Content-Security-Policy blocks it";
/** What an author writes instead of a pasted player. */
export const VIDEO_LINK = "[Judul video](https://www.youtube.com/watch?v=…)";
/** Attributes that take an address. */
const ADDRESS = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "data"]);

/** The problems of one piece of raw HTML, in the order they appear. */
export function rawHtmlProblems(html: string): RawHtmlProblem[] {
  const problems: RawHtmlProblem[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "script" || name === "style")
          problems.push({ found: `<${name}>`, expected: `no <${name}> in an article; ${BLOCKED}` });
        if (name === "iframe")
          problems.push({
            found: "<iframe>",
            expected: `no <iframe> in an article (${BLOCKED}); for a YouTube video, its link alone on a line: ${VIDEO_LINK}`,
          });
        if (name === "object" || name === "embed")
          problems.push({ found: `<${name}>`, expected: `no <${name}> in an article; ${BLOCKED}` });
        for (const [attribute, value] of Object.entries(attributes)) {
          const found = `${attribute}="${value}" on <${name}>`;
          if (attribute.startsWith("on")) problems.push({ found, expected: `no event handler in an article; ${BLOCKED}` });
          if (attribute === "style")
            problems.push({ found, expected: `no style attribute in an article; ${BLOCKED}, and the site's own styles apply` });
          // Browsers ignore whitespace and control characters around and inside the scheme.
          if (ADDRESS.has(attribute) && /^javascript:/i.test([...value].filter((c) => c > " ").join("")))
            problems.push({ found, expected: "a web address (https://…) or a site path, not javascript:" });
        }
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.end(html);
  return problems;
}

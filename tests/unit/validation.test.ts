import { describe, expect, it } from "vitest";
import { dataFileParser, loadSite } from "../../src/eleventy/data.ts";
import { postSchema } from "../../src/lib/post-schema.ts";
import { DataError, parseOrFail, showValue } from "../../src/lib/validation.ts";

const parseDataFile = dataFileParser({ "site.yaml": loadSite });

const SITE = `name: Situs
url: https://example.id
description: Situs contoh.
language: id
locale: id_ID
timeZone: Asia/Jakarta
author: Tim
nav:
  - { label: Beranda, url: / }
`;

describe("site data", () => {
  it("accepts the shipped shape", () => {
    expect(parseDataFile(SITE, "/x/_data/site.yaml")).toMatchObject({ timeZone: "Asia/Jakarta" });
  });

  it.each([
    ["timeZone: Asia/Jakarta", "timeZone: Asia/Jakartaa", /field "timeZone": found "Asia\/Jakartaa"; expected an IANA time zone/],
    [
      "url: https://example.id",
      "url: https://example.id/",
      /field "url": found "https:\/\/example.id\/"; expected the address without a trailing slash/,
    ],
    ["name: Situs", "name: ''", /field "name": found an empty text; expected the site's name/],
    ["author: Tim", "author: Tim\nextra: 1", /field "extra": found 1; expected no such field here \(check its spelling\)/],
  ])("names the file, field, value and expectation (%s → %s)", (from, to, message) => {
    expect(() => parseDataFile(SITE.replace(from, to), "_data/site.yaml")).toThrow(message);
  });

  it("refuses YAML that is not well formed, and unknown data files", () => {
    expect(() => parseDataFile("name: [", "_data/site.yaml")).toThrow(/_data\/site.yaml: not valid YAML/);
    expect(() => parseDataFile("a: 1", "_data/sitee.yaml")).toThrow(/sitee.yaml: unknown data file; expected one of site.yaml/);
  });
});

describe("post front matter", () => {
  const valid = { title: "T", description: "D", tags: ["posts", "sql"] };

  it("accepts a complete article and keeps Eleventy's own keys", () => {
    expect(parseOrFail(postSchema, { ...valid, layout: "x", draft: true }, "a.md")).toMatchObject({ layout: "x", draft: true });
  });

  it.each([
    [{ title: undefined }, /a.md: field "title": found nothing \(the field is missing\); expected the article's title/],
    [{ title: "  " }, /field "title": found an empty text/],
    [{ tags: ["posts"] }, /field "tags": found \["posts"\]; expected at least one tag besides posts/],
    [{ draft: "ya" }, /field "draft": found "ya"; expected true or false/],
    [{ cover: { src: "/a.webp" } }, /field "cover.alt": found nothing/],
  ])("explains %o", (change, message) => {
    expect(() => parseOrFail(postSchema, { ...valid, ...change }, "a.md")).toThrow(message);
  });

  it("throws a DataError listing every problem at once", () => {
    try {
      parseOrFail(postSchema, {}, "a.md");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      expect((error as Error).message.split("\n")).toHaveLength(3);
    }
  });

  it("shows values plainly", () => {
    expect(showValue(new Date(Number.NaN))).toBe("an invalid date");
    expect(showValue(3)).toBe("3");
  });
});

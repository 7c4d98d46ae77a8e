import { describe, expect, it } from "vitest";
import { relatedIndex } from "../../src/lib/related.ts";

const item = (url: string, tags: string[], time: number) => ({ url, tags, time });

describe("relatedIndex", () => {
  const a = item("/a/", ["sql", "database", "back-end"], 1);
  const b = item("/b/", ["sql", "database"], 2);
  const c = item("/c/", ["back-end"], 3);
  const d = item("/d/", ["back-end"], 4);
  const e = item("/e/", ["cloud"], 5);
  const index = relatedIndex([a, b, c, d, e]);

  it("ranks by shared tags, then newest first", () => {
    expect(index.get("/a/")?.map((p) => p.url)).toEqual(["/b/", "/d/", "/c/"]);
  });

  it("never lists the post itself and leaves a post with no shared tag alone", () => {
    expect(index.get("/b/")?.map((p) => p.url)).toEqual(["/a/"]);
    expect(index.get("/e/")).toEqual([]);
  });

  it("limits the list", () => {
    expect(
      relatedIndex([a, b, c, d], 1)
        .get("/a/")
        ?.map((p) => p.url),
    ).toEqual(["/b/"]);
  });

  it("counts a repeated tag once", () => {
    const x = item("/x/", ["sql", "sql"], 1);
    const y = item("/y/", ["sql"], 2);
    const z = item("/z/", ["sql", "db"], 3);
    const w = item("/w/", ["sql", "db"], 0);
    expect(
      relatedIndex([x, y, z, w])
        .get("/w/")
        ?.map((p) => p.url),
    ).toEqual(["/z/", "/y/", "/x/"]);
  });
});

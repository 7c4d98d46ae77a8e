/**
 * Before Decap saves an entry, the build's cross-file rules (rules.ts): a
 * refused save throws, Decap shows the message in its error notice and
 * writes nothing.
 */
import { PUBLISHED_PATH, saveProblem, type Published } from "./rules.ts";

/** What Decap hands a preSave listener: its immutable entry. */
interface SaveEvent {
  entry: { get(key: "collection" | "path"): string | undefined; get(key: "data"): { toJS(): Record<string, unknown> } };
}
interface EventCms {
  registerEventListener(listener: { name: "preSave"; handler(event: SaveEvent): Promise<void> }): void;
}

/** The deployed promos and prices, read afresh for each save: the site may have been deployed since the editor opened. */
async function readPublished(): Promise<Published> {
  const response = await fetch(PUBLISHED_PATH, { cache: "no-store" });
  if (!response.ok)
    throw new Error(
      `Could not read the site's published promos and prices (${PUBLISHED_PATH}: ${response.status}); nothing was saved. Try again.`,
    );
  return (await response.json()) as Published;
}

export function registerSaveCheck(cms: EventCms, zone: string): void {
  cms.registerEventListener({
    name: "preSave",
    async handler({ entry }) {
      const collection = entry.get("collection") ?? "";
      const path = entry.get("path") || (collection === "posts" ? "src/posts/(new article).md" : collection);
      const problem = saveProblem({ collection, path, data: entry.get("data").toJS() }, await readPublished(), Date.now(), zone);
      if (!problem) return;
      // Decap's notice prints the error as text: with no name, it reads "Failed to persist entry: <the build's message>".
      const refusal = new Error(problem);
      refusal.name = "";
      throw refusal;
    },
  });
}

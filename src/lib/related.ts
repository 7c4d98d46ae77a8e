/**
 * "Baca Juga": for every post, the posts that share the most tags with it.
 * Computed once for the whole collection through a tag index, so the cost
 * grows with the posts that really share a tag, not with posts squared.
 */
export interface RelatableItem {
  url: string;
  tags: readonly string[];
  /** Newer wins a tie. */
  time: number;
}

export function relatedIndex<T extends RelatableItem>(items: readonly T[], limit = 3): Map<string, T[]> {
  const byTag = new Map<string, T[]>();
  for (const item of items) {
    for (const tag of new Set(item.tags)) {
      const list = byTag.get(tag);
      if (list) list.push(item);
      else byTag.set(tag, [item]);
    }
  }

  const result = new Map<string, T[]>();
  for (const item of items) {
    const shared = new Map<T, number>();
    for (const tag of new Set(item.tags)) {
      for (const other of byTag.get(tag) ?? []) {
        if (other !== item) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const ranked = [...shared].sort(([a, na], [b, nb]) => nb - na || b.time - a.time || a.url.localeCompare(b.url));
    result.set(item.url, ranked.slice(0, limit).map(([other]) => other));
  }
  return result;
}

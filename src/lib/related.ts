/**
 * "Baca Juga": for every post, the posts that share the most tags with it,
 * newest first among equals. Linear in the number of posts: a post never
 * reads every post of its tags (a popular tag holds thousands at 20,000
 * posts), only the first few posts holding each combination of its tags.
 */
export interface RelatableItem {
  url: string;
  tags: readonly string[];
  /** Newer wins a tie. */
  time: number;
}

/** Beyond this many distinct tags a post's combinations outnumber its candidates: count them directly. */
const MAX_COMBINED_TAGS = 8;

/** Every combination of `size` elements of `list`, in list order. */
function* combinations<T>(list: readonly T[], size: number, from = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= list.length - size; i++) {
    for (const rest of combinations(list, size - 1, i + 1)) yield [list[i] as T, ...rest];
  }
}

export function relatedIndex<T extends RelatableItem>(items: readonly T[], limit = 3): Map<string, T[]> {
  // One order for every tie: newest first, then by URL.
  const ranked = [...items].sort((a, b) => b.time - a.time || a.url.localeCompare(b.url));
  const rank = new Map(ranked.map((item, i) => [item, i]));
  const byRank = (a: T, b: T) => (rank.get(a) as number) - (rank.get(b) as number);
  const tagsOf = new Map(items.map((item) => [item, new Set(item.tags)]));
  const shared = (item: T, other: T) => {
    const mine = tagsOf.get(item) as Set<string>;
    let n = 0;
    for (const tag of tagsOf.get(other) as Set<string>) if (mine.has(tag)) n++;
    return n;
  };

  // The posts holding every tag of a combination (sorted tags), in rank order, built once each.
  const holding = new Map<string, T[]>();
  for (const item of ranked) {
    for (const tag of tagsOf.get(item) as Set<string>) {
      const key = JSON.stringify([tag]);
      const list = holding.get(key);
      if (list) list.push(item);
      else holding.set(key, [item]);
    }
  }
  const holdingAll = (tags: readonly string[]): T[] => {
    const key = JSON.stringify(tags);
    let list = holding.get(key);
    if (!list) {
      const last = tags[tags.length - 1] as string;
      list = tags.length === 1 ? [] : holdingAll(tags.slice(0, -1)).filter((item) => tagsOf.get(item)?.has(last));
      holding.set(key, list);
    }
    return list;
  };

  const byCounting = (item: T, tags: readonly string[]): T[] => {
    const candidates = new Set<T>();
    for (const tag of tags) for (const other of holdingAll([tag])) if (other !== item) candidates.add(other);
    return [...candidates].sort((a, b) => shared(item, b) - shared(item, a) || byRank(a, b)).slice(0, limit);
  };

  const byCombination = (item: T, tags: readonly string[]): T[] => {
    const chosen: T[] = [];
    // From all tags shared down to one. When a level is reached, every post
    // sharing more is already chosen, so a list is read only until it gave
    // `need` posts sharing exactly this many tags.
    for (let count = tags.length; count > 0 && chosen.length < limit; count--) {
      const need = limit - chosen.length;
      const found: T[] = [];
      for (const combination of combinations(tags, count)) {
        let taken = 0;
        for (const other of holdingAll(combination)) {
          if (other === item || shared(item, other) !== count) continue;
          found.push(other);
          if (++taken === need) break;
        }
      }
      chosen.push(...found.sort(byRank).slice(0, need));
    }
    return chosen;
  };

  const result = new Map<string, T[]>();
  for (const item of items) {
    const tags = [...(tagsOf.get(item) as Set<string>)].sort();
    result.set(item.url, tags.length > MAX_COMBINED_TAGS ? byCounting(item, tags) : byCombination(item, tags));
  }
  return result;
}

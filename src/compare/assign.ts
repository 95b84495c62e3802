/** A pair is ambiguous when a rival candidate (for either of its two records) scores within this of it. */
export const AMBIGUITY_MARGIN = 0.08;

export interface Assignment {
  pairs: { old: number; new: number; score: number }[];
  ambiguous: { side: "old" | "new"; index: number; candidates: { index: number; score: number }[] }[];
  /** Left over, and in no ambiguity. */
  removed: number[];
  added: number[];
}

/**
 * One-to-one assignment of `olds` to `news` by score, best first. `score` gives null for two items that cannot
 * be the same. A candidate with a rival within the margin waits until the clear pairs are made (they may take
 * the rival); if it still has one then, neither is paired and the items are reported as ambiguous instead.
 */
export function assign(
  olds: readonly number[], news: readonly number[], score: (o: number, n: number) => number | null,
  /** The only news worth scoring against an old (all of them when absent). */
  near?: (o: number) => Iterable<number>,
): Assignment {
  const candidates: { old: number; new: number; score: number }[] = [];
  const open = new Set(news);
  for (const i of olds) for (const j of near ? near(i) : news) {
    if (!open.has(j)) continue;
    const s = score(i, j);
    if (s !== null) candidates.push({ old: i, new: j, score: s });
  }
  candidates.sort((a, b) => b.score - a.score || a.old - b.old || a.new - b.new);
  const usedOld = new Set<number>(), usedNew = new Set<number>();
  const free = (c: { old: number; new: number }) => !usedOld.has(c.old) && !usedNew.has(c.new);
  const rivals = (c: { old: number; new: number; score: number }) =>
    candidates.some((o) => o !== c && free(o) && (o.old === c.old || o.new === c.new) && o.score > c.score - AMBIGUITY_MARGIN);
  const pairs: Assignment["pairs"] = [];
  for (let progress = true; progress;) {
    progress = false;
    for (const c of candidates) {
      if (!free(c) || rivals(c)) continue;
      pairs.push({ old: c.old, new: c.new, score: round(c.score) });
      usedOld.add(c.old); usedNew.add(c.new);
      progress = true;
    }
  }
  const ambiguous: Assignment["ambiguous"] = [];
  for (const i of olds.filter((i) => !usedOld.has(i))) {
    const cs = candidates.filter((c) => c.old === i && free(c));
    if (cs.length > 1) ambiguous.push({ side: "old", index: i, candidates: cs.map((c) => ({ index: c.new, score: round(c.score) })) });
  }
  for (const j of news.filter((j) => !usedNew.has(j))) {
    const cs = candidates.filter((c) => c.new === j && free(c));
    if (cs.length > 1) ambiguous.push({ side: "new", index: j, candidates: cs.map((c) => ({ index: c.old, score: round(c.score) })) });
  }
  const inAmbiguity = (side: "old" | "new", k: number) =>
    ambiguous.some((a) => (a.side === side && a.index === k) || (a.side !== side && a.candidates.some((c) => c.index === k)));
  return {
    pairs, ambiguous,
    removed: olds.filter((i) => !usedOld.has(i) && !inAmbiguity("old", i)),
    added: news.filter((j) => !usedNew.has(j) && !inAmbiguity("new", j)),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * For each text of `olds`, the indices of `news` texts (null: not a candidate, left out of the index) sharing at least one bigram with it (a single-character
 * text is its own gram): texts sharing none have a Dice coefficient of 0 and cannot contain each other, so
 * only these need scoring — two unrelated 6,000-row tables are not compared pair by pair.
 */
export function sharingBigrams(olds: readonly string[], news: readonly (string | null)[]): (o: number) => number[] {
  const grams = (s: string) => (s.length === 1 ? [s] : Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2)));
  const index = new Map<string, number[]>();
  news.forEach((t, j) => {
    if (t === null) return;
    for (const g of new Set(grams(t))) {
      const list = index.get(g);
      if (list) list.push(j); else index.set(g, [j]);
    }
  });
  return (o) => [...new Set(grams(olds[o] ?? "").flatMap((g) => index.get(g) ?? []))];
}

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
export function assign(olds: readonly number[], news: readonly number[], score: (o: number, n: number) => number | null): Assignment {
  const candidates: { old: number; new: number; score: number }[] = [];
  for (const i of olds) for (const j of news) {
    const s = score(i, j);
    if (s !== null) candidates.push({ old: i, new: j, score: s });
  }
  candidates.sort((a, b) => b.score - a.score || a.old - b.old || a.new - b.new);
  const usedOld = new Set<number>(), usedNew = new Set<number>();
  const open = (c: { old: number; new: number }) => !usedOld.has(c.old) && !usedNew.has(c.new);
  const rivals = (c: { old: number; new: number; score: number }) =>
    candidates.some((o) => o !== c && open(o) && (o.old === c.old || o.new === c.new) && o.score > c.score - AMBIGUITY_MARGIN);
  const pairs: Assignment["pairs"] = [];
  for (let progress = true; progress;) {
    progress = false;
    for (const c of candidates) {
      if (!open(c) || rivals(c)) continue;
      pairs.push({ old: c.old, new: c.new, score: round(c.score) });
      usedOld.add(c.old); usedNew.add(c.new);
      progress = true;
    }
  }
  const ambiguous: Assignment["ambiguous"] = [];
  for (const i of olds.filter((i) => !usedOld.has(i))) {
    const cs = candidates.filter((c) => c.old === i && open(c));
    if (cs.length > 1) ambiguous.push({ side: "old", index: i, candidates: cs.map((c) => ({ index: c.new, score: round(c.score) })) });
  }
  for (const j of news.filter((j) => !usedNew.has(j))) {
    const cs = candidates.filter((c) => c.new === j && open(c));
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

import type { HyoRecord } from "../schema/index.js";
import { comparable, similarity } from "./similarity.js";

/**
 * Below this overall similarity two records are not the same item. With the weights of similarity.ts a shared
 * topic and departments give at most 0.4: the item text itself must add more than a third of its weight.
 */
export const MIN_SCORE = 0.6;
/** Nor when their item texts share less than half their bigrams, whatever the topic and departments. */
export const MIN_ITEM_SIMILARITY = 0.5;
/** A pair whose runner-up (for either record) scores within this of it is ambiguous: left to a person. */
export const AMBIGUITY_MARGIN = 0.08;

export interface Pairing {
  pairs: { old: number; new: number; match: "key" | "similarity"; score: number }[];
  ambiguous: { side: "old" | "new"; index: number; candidates: { index: number; score: number }[] }[];
  removed: number[];
  added: number[];
}

/**
 * One-to-one pairing of two editions' records: equal keys first; then, among the rest, pairs by similarity
 * of topic + item + departments, best first. A candidate whose record has a rival within the margin waits
 * until the clear pairs are made (they may take the rival); if it still has one then, neither is paired
 * and both records are reported as ambiguous instead.
 */
export function pairRecords(oldRecs: readonly HyoRecord[], newRecs: readonly HyoRecord[]): Pairing {
  const pairs: Pairing["pairs"] = [];
  const newByKey = new Map(newRecs.map((r, j) => [r.key, j]));
  const usedOld = new Set<number>(), usedNew = new Set<number>();
  oldRecs.forEach((r, i) => {
    const j = newByKey.get(r.key);
    if (j === undefined) return;
    pairs.push({ old: i, new: j, match: "key", score: 1 });
    usedOld.add(i); usedNew.add(j);
  });

  const restOld = oldRecs.map((_, i) => i).filter((i) => !usedOld.has(i));
  const restNew = newRecs.map((_, j) => j).filter((j) => !usedNew.has(j));
  const oldC = new Map(restOld.map((i) => [i, comparable(oldRecs[i]!)]));
  const newC = new Map(restNew.map((j) => [j, comparable(newRecs[j]!)]));
  const candidates: { old: number; new: number; score: number }[] = [];
  for (const i of restOld) for (const j of restNew) {
    const s = similarity(oldC.get(i)!, newC.get(j)!);
    if (s.score >= MIN_SCORE && s.item >= MIN_ITEM_SIMILARITY) candidates.push({ old: i, new: j, score: s.score });
  }
  candidates.sort((a, b) => b.score - a.score || a.old - b.old || a.new - b.new);

  const open = (c: { old: number; new: number }) => !usedOld.has(c.old) && !usedNew.has(c.new);
  const rivals = (c: { old: number; new: number; score: number }) =>
    candidates.filter((o) => o !== c && open(o) && (o.old === c.old || o.new === c.new) && o.score > c.score - AMBIGUITY_MARGIN);
  let progress = true;
  while (progress) {
    progress = false;
    for (const c of candidates) {
      if (!open(c) || rivals(c).length > 0) continue;
      pairs.push({ old: c.old, new: c.new, match: "similarity", score: round(c.score) });
      usedOld.add(c.old); usedNew.add(c.new);
      progress = true;
    }
  }

  const ambiguous: Pairing["ambiguous"] = [];
  for (const i of restOld.filter((i) => !usedOld.has(i))) {
    const cs = candidates.filter((c) => c.old === i && open(c));
    if (cs.length > 1) ambiguous.push({ side: "old", index: i, candidates: cs.map((c) => ({ index: c.new, score: round(c.score) })) });
  }
  for (const j of restNew.filter((j) => !usedNew.has(j))) {
    const cs = candidates.filter((c) => c.new === j && open(c));
    if (cs.length > 1) ambiguous.push({ side: "new", index: j, candidates: cs.map((c) => ({ index: c.old, score: round(c.score) })) });
  }
  const inAmbiguity = (side: "old" | "new", k: number) =>
    ambiguous.some((a) => (a.side === side && a.index === k) || (a.side !== side && a.candidates.some((c) => c.index === k)));
  pairs.sort((a, b) => a.new - b.new);
  return {
    pairs,
    ambiguous,
    removed: restOld.filter((i) => !usedOld.has(i) && !inAmbiguity("old", i)),
    added: restNew.filter((j) => !usedNew.has(j) && !inAmbiguity("new", j)),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

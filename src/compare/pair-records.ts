import type { HyoRecord } from "../schema/index.js";
import { assign, sharingBigrams, type Assignment } from "./assign.js";
import { comparable, similarity } from "./similarity.js";

/**
 * Below this overall similarity two records are not the same item. With the weights of similarity.ts a shared
 * topic and departments give at most 0.4: the item text itself must add more than a third of its weight.
 */
export const MIN_SCORE = 0.6;
/** Nor when their item texts share less than half their bigrams, whatever the topic and departments. */
export const MIN_ITEM_SIMILARITY = 0.5;

export interface Pairing extends Omit<Assignment, "pairs"> {
  pairs: { old: number; new: number; match: "key" | "similarity"; score: number }[];
}

/**
 * One-to-one pairing of two editions' records: equal keys first; then, among the rest, by similarity of
 * topic + item + departments (see assign.ts: ambiguous candidates are never forced).
 */
export function pairRecords(oldRecs: readonly HyoRecord[], newRecs: readonly HyoRecord[]): Pairing {
  const newByKey = new Map(newRecs.map((r, j) => [r.key, j]));
  const byKey: Pairing["pairs"] = [];
  oldRecs.forEach((r, i) => {
    const j = newByKey.get(r.key);
    if (j !== undefined) byKey.push({ old: i, new: j, match: "key", score: 1 });
  });
  const pairedOld = new Set(byKey.map((p) => p.old)), pairedNew = new Set(byKey.map((p) => p.new));
  const restOld = oldRecs.map((_, i) => i).filter((i) => !pairedOld.has(i));
  const restNew = newRecs.map((_, j) => j).filter((j) => !pairedNew.has(j));
  const oldC = new Map(restOld.map((i) => [i, comparable(oldRecs[i]!)]));
  const newC = new Map(restNew.map((j) => [j, comparable(newRecs[j]!)]));
  // Items must share half their bigrams: only items sharing one are scored.
  const near = sharingBigrams(oldRecs.map((_, i) => oldC.get(i)?.item ?? ""), newRecs.map((_, j) => newC.get(j)?.item ?? null));
  const rest = assign(restOld, restNew, (i, j) => {
    const s = similarity(oldC.get(i)!, newC.get(j)!);
    return s.score >= MIN_SCORE && s.item >= MIN_ITEM_SIMILARITY ? s.score : null;
  }, near);
  const pairs = [...byKey, ...rest.pairs.map((p) => ({ ...p, match: "similarity" as const }))].sort((a, b) => a.new - b.new);
  return { ...rest, pairs };
}

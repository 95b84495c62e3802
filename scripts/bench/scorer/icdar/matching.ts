/** Pairing of ground-truth tables with predicted tables (score_icdar.py `match`), one-to-one, same page only. */
import { boxArea, intersectionArea } from "./geometry.js";
import type { GtTable } from "./ground-truth.js";
import type { PredTable } from "./prediction.js";
import { relationTotal, sharedRelations } from "./relations.js";

/** content = official (most shared relations); gt / iou = box overlap. */
export type MatchMode = "content" | "gt" | "iou";

export const MATCH_MODES: readonly MatchMode[] = ["content", "gt", "iou"];

/** [ground-truth index, prediction index] */
export type TablePair = readonly [number, number];

const samePage = (gt: GtTable, pred: PredTable): boolean => pred.page === null || pred.page === gt.page;

/**
 * content: ground-truth tables in file order each take the remaining same-page prediction sharing most
 *   relations (the first on ties); a pair sharing nothing still uses up the prediction (as the Java
 *   tool) but is not counted as matched.
 * gt / iou: greedy by IoU over pairs whose intersection/GT-area (gt) or IoU (iou) reaches minOverlap; a
 *   prediction without a box competes by its share of the ground truth's relations instead.
 */
export function matchTables(gts: readonly GtTable[], preds: readonly PredTable[], how: MatchMode, minOverlap: number): TablePair[] {
  return how === "content" ? matchByContent(gts, preds) : matchByBox(gts, preds, how, minOverlap);
}

function matchByContent(gts: readonly GtTable[], preds: readonly PredTable[]): TablePair[] {
  const pairs: TablePair[] = [];
  const used = new Set<number>();
  gts.forEach((gt, i) => {
    let best: { j: number; shared: number } | undefined;
    preds.forEach((pred, j) => {
      if (used.has(j) || !samePage(gt, pred)) return;
      const shared = sharedRelations(gt.relations, pred.relations);
      if (!best || shared > best.shared) best = { j, shared };
    });
    if (!best) return;
    used.add(best.j);
    if (best.shared > 0) pairs.push([i, best.j]);
  });
  return pairs;
}

function matchByBox(gts: readonly GtTable[], preds: readonly PredTable[], how: "gt" | "iou", minOverlap: number): TablePair[] {
  const candidates: { score: number; i: number; j: number }[] = [];
  gts.forEach((gt, i) => {
    preds.forEach((pred, j) => {
      if (!samePage(gt, pred)) return;
      if (pred.bbox) {
        const overlap = intersectionArea(gt.bbox, pred.bbox);
        const iou = overlap / (boxArea(gt.bbox) + boxArea(pred.bbox) - overlap || 1);
        if ((how === "iou" ? iou : overlap / (boxArea(gt.bbox) || 1)) >= minOverlap) candidates.push({ score: iou, i, j });
      } else {
        const shared = sharedRelations(gt.relations, pred.relations);
        if (shared) candidates.push({ score: shared / (relationTotal(gt.relations) || 1), i, j });
      }
    });
  });
  const pairs: TablePair[] = [];
  const usedGt = new Set<number>();
  const usedPred = new Set<number>();
  for (const { i, j } of candidates.sort((a, b) => b.score - a.score)) {
    if (usedGt.has(i) || usedPred.has(j)) continue;
    pairs.push([i, j]);
    usedGt.add(i);
    usedPred.add(j);
  }
  return pairs;
}

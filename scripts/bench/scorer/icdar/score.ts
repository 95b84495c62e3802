/** Per-document scores and the run summary (score_icdar.py `score_doc`, `prf` and main()). */
import type { GtTable } from "./ground-truth.js";
import { matchTables, type MatchMode } from "./matching.js";
import type { NormKind } from "./normalise.js";
import type { PredTable } from "./prediction.js";
import { poolRelations, relationTotal, sharedRelations } from "./relations.js";

/** regions = score paired tables (official); document = pool all relations of a document, no pairing. */
export type ScoreMode = "regions" | "document";

export const SCORE_MODES: readonly ScoreMode[] = ["regions", "document"];

export interface ScoreOptions {
  readonly mode: ScoreMode;
  readonly match: MatchMode;
  /** Threshold for match gt | iou. */
  readonly minOverlap: number;
  readonly norm: NormKind;
  /** Whether a relation's blank count must match. */
  readonly gap: boolean;
}

export const DEFAULT_OPTIONS: ScoreOptions = { mode: "regions", match: "content", minOverlap: 0.5, norm: "official", gap: true };

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

export interface DocCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly gtTables: number;
  readonly predTables: number;
  /** Ground-truth tables paired with a prediction sharing at least one relation (content match). */
  readonly matched: number;
}

export interface DocScore extends DocCounts, Prf {
  /** The first variant's stem: "eu-009a" stands for eu-009a and eu-009b. */
  readonly doc: string;
  /** The variant whose score counts (the better F1, the first on ties). */
  readonly gtVariant: string;
  readonly missingPred: boolean;
}

export interface IcdarResult {
  readonly options: ScoreOptions;
  readonly docs: number;
  readonly missingPred: number;
  readonly micro: Prf & { readonly tp: number; readonly fp: number; readonly fn: number };
  /** Means of the per-document P and R (documents without a prediction count as 0); f1 = F1 of those means. */
  readonly docMean: Prf & { readonly meanF1: number };
  readonly tables: { readonly gt: number; readonly pred: number; readonly matched: number };
  /** Sum of the prediction files' elapsed_s. */
  readonly elapsedS: number;
  readonly perDoc: readonly DocScore[];
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function scoreDocument(gts: readonly GtTable[], preds: readonly PredTable[], options: ScoreOptions): DocCounts {
  const pairs = matchTables(gts, preds, options.match, options.minOverlap);
  const tp =
    options.mode === "document"
      ? sharedRelations(poolRelations(gts.map((t) => t.relations)), poolRelations(preds.map((t) => t.relations)))
      : sum(pairs.map(([i, j]) => sharedRelations(gts[i]!.relations, preds[j]!.relations)));
  return {
    tp,
    fp: sum(preds.map((t) => relationTotal(t.relations))) - tp,
    fn: sum(gts.map((t) => relationTotal(t.relations))) - tp,
    gtTables: gts.length,
    predTables: preds.length,
    matched: pairs.length,
  };
}

/** Score of one document over its ground-truth variants: the best F1 counts, the first on ties. */
export function bestVariant(variants: readonly DocScore[]): DocScore {
  return variants.reduce((best, score) => (score.f1 > best.f1 ? score : best));
}

export function summarise(perDoc: readonly DocScore[], options: ScoreOptions, elapsedS: number): IcdarResult {
  const total = (key: keyof DocCounts): number => sum(perDoc.map((d) => d[key]));
  const [tp, fp, fn] = [total("tp"), total("fp"), total("fn")];
  const n = perDoc.length;
  const [p, r, meanF1] = (["p", "r", "f1"] as const).map((key) => sum(perDoc.map((d) => d[key])) / n) as [number, number, number];
  return {
    options,
    docs: n,
    missingPred: perDoc.filter((d) => d.missingPred).length,
    micro: { ...prf(tp, fp, fn), tp, fp, fn },
    docMean: { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, meanF1 },
    tables: { gt: total("gtTables"), pred: total("predTables"), matched: total("matched") },
    elapsedS,
    perDoc,
  };
}

/** Left-to-right float sum, as Python's sum() before 3.12 (3.12+ compensates rounding; last-bit differences). */
function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

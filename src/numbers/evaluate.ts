import type { Quantity } from "../types/quantity.js";
import { parseQuantities } from "./parse-quantities.js";
import { toHalfWidth } from "./width.js";

/** A target (or plan) quantity paired with the achieved quantity of the same term. */
export interface Evaluation {
  readonly label: string;
  readonly target: Quantity;
  readonly actual: Quantity;
  /** Whether the actual meets the target; null when that cannot be told (see {@link evaluate}). */
  readonly met: boolean | null;
}

/** Bullets, note marks and spaces, which do not change which term a label names. */
const LABEL_NOISE = /[\s・●○◎■□◆◇▼▽★☆※*•\-]/g;
/** Words that make a target a floor even when the number carries no 以上: …を確保, …以上を目標. */
const FLOOR_WORDS = /以上|確保/;

/** A label reduced for matching: half-width, without bullets and spaces. */
export function normalizeLabel(label: string): string {
  return toHalfWidth(label).replace(LABEL_NOISE, "");
}

interface Labelled {
  readonly quantity: Quantity;
  readonly label: string;
  /** The label normalized for matching. */
  readonly key: string;
  /** The logical line the quantity was written on. */
  readonly line: string;
}

function labelled(text: string): Labelled[] {
  return parseQuantities(text).flatMap((quantity) => {
    const label = quantity.label;
    const key = label === null ? "" : normalizeLabel(label);
    if (label === null || key === "") return [];
    const lineStart = text.lastIndexOf("\n", quantity.span[0] - 1) + 1;
    const lineEnd = text.indexOf("\n", quantity.span[1]);
    return [{ quantity, label, key, line: text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd) }];
  });
}

/**
 * Target quantities from several texts (target, then plan), each term counted once. The n-th quantity
 * labelled X in one text is the same target as the n-th labelled X in another (a plan repeats the target;
 * a term may appear twice, as 現年分徴収率 does for two taxes). The first text wins, unless only a later one
 * writes the comparison (6.5%以下 in the target, 6.5% in the plan).
 */
function mergeTargets(texts: readonly string[]): Labelled[] {
  const merged = new Map<string, Labelled>();
  for (const text of texts) {
    const seen = new Map<string, number>();
    for (const item of labelled(text)) {
      const n = seen.get(item.key) ?? 0;
      seen.set(item.key, n + 1);
      const id = `${item.key}#${n}`;
      const existing = merged.get(id);
      if (existing === undefined || (existing.quantity.comparator === null && item.quantity.comparator !== null)) {
        merged.set(id, item);
      }
    }
  }
  return [...merged.values()];
}

/**
 * How closely two normalized labels name the same term: 1 when equal, the length ratio when one contains
 * the other (公共施設整備等事業基金 in …基金残高 scores higher than 基金残高 in it), 0 otherwise.
 */
function termScore(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.includes(b) && !b.includes(a)) return 0;
  return Math.min(a.length, b.length) / Math.max(a.length, b.length);
}

function judge(target: Labelled, actual: Quantity): boolean | null {
  const t = target.quantity;
  if (t.normalized.unit !== actual.normalized.unit) return null;
  const goal = t.normalized.value;
  const got = actual.normalized.value;
  const comparator = t.comparator ?? (FLOOR_WORDS.test(target.line) ? "≥" : null);
  switch (comparator) {
    case "≥":
      return got >= goal;
    case "≤":
      return got <= goal;
    case ">":
      return got > goal;
    case "<":
      return got < goal;
    default:
      // ≈ or no comparison: whether more or less is better (a collection rate vs a debt ratio) is unknown.
      return null;
  }
}

const asList = (texts: string | readonly string[]): readonly string[] => (typeof texts === "string" ? [texts] : texts);

/**
 * Pairs target quantities with achieved ones by label and tells whether each target was met.
 *
 * Labels match after dropping bullets and spaces: exactly, else when one contains the other (公共施設整備等事業基金 /
 * 公共施設整備等事業基金残高). Exact matches are taken first, then the closest containments; each actual is
 * used once, and a term written twice pairs in order.
 * `met` follows the target's comparator (≥ ≤ < >). With no comparator, a target whose line says 以上 or 確保 is
 * a floor (≥); otherwise, and for ≈, null — for a ratio, lower may be better or worse. Units must share a base
 * unit (千円 and 億円 compare as JPY), else null.
 *
 * @param targetTexts target texts, most authoritative first (e.g. [target, plan])
 * @param doneTexts texts reporting what was achieved
 */
export function evaluate(targetTexts: string | readonly string[], doneTexts: string | readonly string[]): Evaluation[] {
  const targets = mergeTargets(asList(targetTexts));
  const actuals = asList(doneTexts).flatMap(labelled);
  // Best-scoring pairs first; ties keep text order, so repeated terms pair in order (1st with 1st).
  const candidates = targets
    .flatMap((target, ti) => actuals.map((actual, ai) => ({ target, actual, ti, ai, score: termScore(target.key, actual.key) })))
    .filter((c) => c.score > 0)
    .sort((x, y) => y.score - x.score || x.ti - y.ti || x.ai - y.ai);
  const used = new Set<Labelled>();
  const pairs = new Map<Labelled, Labelled>();
  for (const { target, actual } of candidates) {
    if (pairs.has(target) || used.has(actual)) continue;
    used.add(actual);
    pairs.set(target, actual);
  }
  return targets.flatMap((target) => {
    const actual = pairs.get(target);
    if (actual === undefined) return [];
    return [{ label: target.label, target: target.quantity, actual: actual.quantity, met: judge(target, actual.quantity) }];
  });
}

import type { Quantity } from "../types/quantity.js";
import { followsOperand } from "./operands.js";

export type Comparator = NonNullable<Quantity["comparator"]>;

/** Words after a number that bound it: 96億円以上, 100億円を超える, 600人程度. Longest first. */
const SUFFIX_COMPARATORS: readonly (readonly [string, Comparator])[] = [
  ["を上回る", ">"],
  ["を下回る", "<"],
  ["を超える", ">"],
  ["を超え", ">"],
  ["超える", ">"],
  ["超過", ">"],
  ["超え", ">"],
  ["以上", "≥"],
  ["以下", "≤"],
  ["以内", "≤"],
  ["未満", "<"],
  ["程度", "≈"],
  ["前後", "≈"],
  ["あまり", "≈"],
  ["余り", "≈"],
  ["近く", "≈"],
  ["超", ">"],
];

/** Words and symbols before a number: 約100億円, 概ね5件, ≧95%. Longest first. */
const PREFIX_COMPARATORS: readonly (readonly [string, Comparator])[] = [
  ["おおむね", "≈"],
  ["およそ", "≈"],
  ["概ね", "≈"],
  ["最大", "≤"],
  ["最低", "≥"],
  ["最小", "≥"],
  ["約", "≈"],
  ["≧", "≥"],
  ["≥", "≥"],
  ["≦", "≤"],
  ["≤", "≤"],
  ["≒", "≈"],
  ["≈", "≈"],
  ["<", "<"],
  [">", ">"],
];

/** Comparison symbols, which (unlike words) can also relate two terms: 125円<142円. */
const SYMBOLS = new Set(["≧", "≥", "≦", "≤", "≒", "≈", "<", ">"]);

export interface ComparatorMatch {
  readonly comparator: Comparator;
  readonly start: number;
  readonly end: number;
}

/** The comparator word written right after a quantity ending at `end`, or null. */
export function comparatorAfter(text: string, end: number): ComparatorMatch | null {
  const p = end + (text[end] === " " ? 1 : 0);
  const hit = SUFFIX_COMPARATORS.find(([word]) => text.startsWith(word, p));
  return hit === undefined ? null : { comparator: hit[1], start: p, end: p + hit[0].length };
}

/**
 * The comparator written right before a quantity starting at `start` (spaces allowed between), or null.
 * A symbol that follows an operand relates two terms (給水原価125円<供給単価142円) and bounds neither.
 */
export function comparatorBefore(text: string, start: number, previousQuantityEnd: number): ComparatorMatch | null {
  let p = start;
  while (p > 0 && text[p - 1] === " ") p--;
  const hit = PREFIX_COMPARATORS.find(([word]) => text.startsWith(word, p - word.length));
  if (hit === undefined) return null;
  const from = p - hit[0].length;
  if (SYMBOLS.has(hit[0]) && followsOperand(text, from, previousQuantityEnd)) return null;
  return { comparator: hit[1], start: from, end: p };
}

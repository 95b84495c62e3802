import { minOf } from "../util/arrays.js";

/**
 * The last row of the edit-distance table from `a` to `b` (insert, delete, substitute; by code point), two rows
 * of memory. With `freeStart`, `a` may begin anywhere in `b` (Sellers' algorithm), so the row's minimum is the
 * distance from `a` to the best substring of `b`.
 */
function lastRow(a: string, b: string, freeStart: boolean): number[] {
  const x = [...a], y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => (freeStart ? 0 : j));
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev;
}

/** Levenshtein distance by code point. */
export const editDistance = (a: string, b: string): number => lastRow(a, b, false).at(-1)!;

/** Fewest edits turning `word` into some substring of `text`. */
export const substringEditDistance = (word: string, text: string): number => minOf(lastRow(word, text, true));

import { findEraDates } from "./era.js";

/** [start, end) offsets. */
export type Span = readonly [start: number, end: number];

/**
 * Written numbers that are not amounts, found by their shape in half-width text. A number starting inside
 * one of these spans is never a quantity:
 * - era dates and periods (令和2年度, 平成32年4月1日, R2, H27, H26.8.29, 令和2〜6年度) — see era.ts;
 * - Gregorian dates and years (2020年度, 2020年4月1日, 2020/4/1), month-days (4月1日) and clock times (10:30);
 * - ordinals written with 第 (第3次, 第6期, 第2条, 第二十回);
 * - identifiers: numbers glued to ASCII letters (No.1, Ver.2, ISO9001, COVID-19, #3, №5), dotted version
 *   numbers (1.2.3), phone numbers (055-282-1111, (055)282-1111) and postal codes (〒400-0395).
 * Ordinals and markers written with a suffix (3年度, 2回目, 4月, 6期) are told apart after the number is read
 * (units.ts, NON_QUANTITY_SUFFIX), since the suffix decides between 3年度 and 3年間.
 */
const NON_QUANTITY_PATTERNS: readonly RegExp[] = [
  /(?<!\d)(?:18|19|20|21)\d{2}\s*年(?!間)(?:度)?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?/g,
  /(?<![\d.])(?:18|19|20|21)\d{2}([./-])\d{1,2}(?:\1\d{1,2})?(?!\d)/g,
  /(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*日/g,
  /(?<![\d.:])\d{1,2}:\d{2}(?![\d.])/g,
  /第\s*[\d〇一二三四五六七八九十百千]+/g,
  /(?:[A-Za-z]+(?:\.\s?|[-_#])?|[#№])\d[\d.\-]*/g,
  /(?<![\d.])\d+(?:\.\d+){2,}/g,
  /(?<![\d,.])0\d{1,4}-\d{1,4}-\d{3,4}(?!\d)/g,
  /\(0\d{1,4}\)\s?\d{1,4}-\d{3,4}(?!\d)/g,
  /〒\s*\d{3}-?\d{4}/g,
];

/** Spans of `halfWidthText` holding dates, ordinals and identifiers, sorted by start. */
export function findNonQuantitySpans(halfWidthText: string): Span[] {
  const spans: Span[] = findEraDates(halfWidthText).map((d) => d.span);
  for (const pattern of NON_QUANTITY_PATTERNS) {
    for (const m of halfWidthText.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The span containing offset `pos`, or undefined. */
export function spanAt(spans: readonly Span[], pos: number): Span | undefined {
  return spans.find(([start, end]) => pos >= start && pos < end);
}

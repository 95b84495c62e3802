import type { Quantity } from "../types/quantity.js";
import { comparatorAfter, comparatorBefore } from "./comparators.js";
import { isKanjiNumeralChar } from "./kanji-numerals.js";
import { findLabel } from "./labels.js";
import { findNonQuantitySpans, spanAt, type Span } from "./non-quantities.js";
import { readNumeral, roundDecimal, type NumeralEnding } from "./numerals.js";
import { readSign } from "./signs.js";
import { matchNonQuantitySuffix, matchUnit, type UnitMatch } from "./units.js";
import { toHalfWidth } from "./width.js";

/** A kanji numeral of one character (一人, 百歳体操, 十分) is nearly always part of a word, not a count. */
const MIN_KANJI_NUMERAL_LENGTH = 2;
/** Range separators whose right-hand number lends its unit to a unitless left one: 10〜20%, 5～10億円. */
const RANGE_SEPARATOR = /^ ?(?:〜|~|-|−|‐|から) ?/;
const MAX_RANGE_SEPARATOR_LENGTH = 4;
/** A CJK ideograph: the end of a noun that a bare count may follow (公募6/非公募1). */
const IDEOGRAPH = /\p{Script=Han}/u;
/** What may follow a bare count after a noun: a list separator, a bracket, a space or the line's end. */
const COUNT_TERMINATOR = /^(?:$|[\n/・、,;) \]}」』】])/;
/** Nouns that number documents and their parts rather than count things: 資料1, 別紙2, 表3, 様式4. */
const NUMBERING_NOUNS = ["資料", "別紙", "別表", "別添", "別記", "表", "図", "様式", "参考", "付録", "添付", "附則", "区分", "段階", "案"];
const LONGEST_NUMBERING_NOUN = Math.max(...NUMBERING_NOUNS.map((noun) => noun.length));
/** Base unit of a number written with no unit. */
const NO_UNIT = "";

interface Reading {
  readonly numeral: NumeralEnding;
  readonly unit: UnitMatch | null;
  /** Scale and unit lent by the right-hand end of a range (the 億円 of 5～10億円). */
  readonly borrowed: { readonly multiplier: number; readonly unit: UnitMatch } | null;
}

/**
 * Picks how the numeral starting at `start` ends, and whether it is a quantity at all.
 * Returns the reading, or the offset to resume scanning from when the numeral is not a quantity.
 *
 * A numeral is a quantity when it has a unit (5年間, 96億円, 十五人). A suffix that makes it an ordinal or a
 * date (3年度, 2回目, 4月, 6期) rules it out. With no unit, it is a quantity only when it:
 * - is written like an amount: thousands separators, a decimal point, or a scale (1,234 / 3.5 / 50億);
 * - carries a comparison (5以上), or starts a range whose other end has a unit (10〜20%);
 * - is a count right after a noun and before a separator (公募6/非公募1), unless the noun numbers
 *   documents (資料1, 別紙2).
 * Any other bare number (a "2" in running text, list numbers, codes) is not a quantity, and neither is a
 * kanji numeral without a unit or of a single character (一人ひとり, 百歳体操).
 */
function readAt(t: string, start: number, excluded: readonly Span[]): Reading | number {
  const endings = readNumeral(t, start);
  const longest = endings[0];
  if (longest === undefined) return start + 1;
  const withUnit = unitOrSuffix(t, endings);
  if (typeof withUnit === "number") return withUnit;
  if (withUnit !== null) return { numeral: withUnit.numeral, unit: withUnit.unit, borrowed: null };
  const bare = endings.find((n) => n.hasArabic && !n.trailingDigits);
  if (bare === undefined) return longest.end;
  if (bare.formatted || bare.hasScale || comparatorAfter(t, bare.end) !== null) return { numeral: bare, unit: null, borrowed: null };
  const borrowed = rangeEndUnit(t, bare, excluded);
  if (borrowed !== null) return { numeral: bare, unit: null, borrowed };
  if (isCountAfterNoun(t, bare)) return { numeral: bare, unit: null, borrowed: null };
  return bare.end;
}

/**
 * The longest ending of a numeral followed by a unit; or, when a non-quantity suffix comes first (3年度,
 * 2回目), the offset after that suffix; null when neither follows. Kanji numerals of one character are skipped.
 */
function unitOrSuffix(t: string, endings: readonly NumeralEnding[]): { numeral: NumeralEnding; unit: UnitMatch } | number | null {
  for (const numeral of endings) {
    if (!numeral.hasArabic && numeral.end - numeral.start < MIN_KANJI_NUMERAL_LENGTH) continue;
    const suffix = matchNonQuantitySuffix(t, numeral.end);
    if (suffix !== null) return t.indexOf(suffix, numeral.end) + suffix.length;
    const unit = matchUnit(t, numeral.end);
    if (unit !== null) return { numeral, unit };
  }
  return null;
}

/** The scale and unit of the number after a range separator (for the left end of 5～10億円), or null. */
function rangeEndUnit(t: string, left: NumeralEnding, excluded: readonly Span[]): Reading["borrowed"] {
  const sep = RANGE_SEPARATOR.exec(t.slice(left.end, left.end + MAX_RANGE_SEPARATOR_LENGTH));
  if (sep === null || sep[0].trim() === "") return null;
  const rightStart = left.end + sep[0].length;
  // 2020-2024年 and 2〜3年度 are periods, not a range of amounts.
  if (spanAt(excluded, rightStart) !== undefined) return null;
  const right = unitOrSuffix(t, readNumeral(t, rightStart));
  if (right === null || typeof right === "number") return null;
  return { multiplier: left.hasScale ? 1 : right.numeral.multiplier, unit: right.unit };
}

function isCountAfterNoun(t: string, n: NumeralEnding): boolean {
  const before = t.slice(Math.max(0, n.start - LONGEST_NUMBERING_NOUN), n.start);
  return (
    !n.hasScale &&
    IDEOGRAPH.test(before.slice(-1)) &&
    !NUMBERING_NOUNS.some((noun) => before.endsWith(noun)) &&
    COUNT_TERMINATOR.test(t.slice(n.end, n.end + 1))
  );
}

/** Whether a numeral may start at `i`: not in the middle of digits or of a kanji numeral. */
function startsNumeral(t: string, i: number): boolean {
  const ch = t[i] ?? "";
  const prev = t[i - 1] ?? "";
  if (/\d/.test(ch)) {
    if (/\d/.test(prev)) return false;
    // After "." or "," a digit continues a number (3.5, 1,234) unless no digit precedes the mark.
    return !/[.,]/.test(prev) || !/\d/.test(t[i - 2] ?? "");
  }
  return isKanjiNumeralChar(ch) && !isKanjiNumeralChar(prev) && !/\d/.test(prev);
}

/**
 * Every quantity written in `text`: amounts with their unit, scale, sign, comparison and label.
 *
 * - Numbers: Arabic (1,263,695 / 96.4), full-width (１２３), kanji (五十億, 十五) and mixed (50億8千9百万).
 * - Scale words before the unit set `multiplier` (千円 → 1e3, 億円 → 1e8); `value` is the number as written
 *   (4,000千円 → 4000; 50億8千9百万円 → 50.89 × 1e8) and `normalized` the amount in a base unit.
 * - Signs: ▲ △ マイナス, and a minus touching the number unless it is an operator between two terms.
 * - Ranges (10〜20%), ratios (25事業中19事業) and runs (4回41名) give one quantity per number.
 * - Dates, era years, ordinals and identifiers are not quantities (see non-quantities.ts and units.ts).
 *
 * Spans and `raw` refer to `text` as given.
 */
export function parseQuantities(text: string): Quantity[] {
  const t = toHalfWidth(text);
  const excluded = findNonQuantitySpans(t);
  const quantities: Quantity[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < t.length) {
    if (!startsNumeral(t, i)) {
      i++;
      continue;
    }
    const skip = spanAt(excluded, i);
    if (skip !== undefined) {
      i = skip[1];
      continue;
    }
    const reading = readAt(t, i, excluded);
    if (typeof reading === "number") {
      i = Math.max(reading, i + 1);
      continue;
    }
    const quantity = build(text, t, reading, ends, quantities);
    quantities.push(quantity.quantity);
    ends.push(quantity.end);
    i = quantity.next;
  }
  return quantities;
}

function build(
  text: string,
  t: string,
  { numeral, unit, borrowed }: Reading,
  ends: readonly number[],
  previous: readonly Quantity[],
): { quantity: Quantity; end: number; next: number } {
  const lastEnd = ends[ends.length - 1] ?? -1;
  const sign = readSign(t, numeral.start, lastEnd);
  const rawEnd = unit?.end ?? numeral.end;
  const after = comparatorAfter(t, rawEnd);
  const before = after === null ? comparatorBefore(t, sign.start, lastEnd) : null;
  const comparator = after?.comparator ?? before?.comparator ?? null;

  const unitMatch = unit ?? borrowed?.unit ?? null;
  const multiplier = numeral.multiplier * (borrowed?.multiplier ?? 1);
  const unitWritten = unitMatch === null ? "" : text.slice(unitMatch.start, unitMatch.end);
  const signed = (x: number): number => (sign.negative ? -x : x);
  const factor = unitMatch?.def.factor ?? 1;

  const lineStart = t.lastIndexOf("\n", sign.start - 1) + 1;
  const prev = previous[previous.length - 1];
  const labelSpan = findLabel(t, before?.start ?? sign.start, { lineStart, previousEnds: ends });
  const label =
    labelSpan === "previous"
      ? (prev?.label ?? null)
      : labelSpan === null
        ? null
        : text.slice(labelSpan[0], labelSpan[1]);

  const quantity: Quantity = {
    raw: text.slice(sign.start, rawEnd),
    span: [sign.start, rawEnd],
    value: signed(numeral.value),
    unit: unitWritten,
    multiplier,
    normalized: {
      value: signed(roundDecimal(numeral.value * multiplier * factor)),
      unit: unitMatch?.def.base ?? NO_UNIT,
    },
    negative: sign.negative,
    comparator,
    label,
  };
  return { quantity, end: after?.end ?? rawEnd, next: rawEnd };
}

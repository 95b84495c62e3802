import { matchNonQuantitySuffix, matchUnit } from "../numbers/units.js";
import { toHalfWidth } from "../numbers/width.js";

/**
 * Marks a statistics table writes where a cell has no value (not zero): dashes (該当なし), an ellipsis
 * (未集計) and x (秘匿), full- or half-width. Compared after toHalfWidth (which maps － to -).
 */
const NO_VALUE_MARKS = new Set(["-", "−", "‐", "―", "—", "–", "…", "...", "‥", "x", "X"]);

/** A unit written in a header, a note or a cell: 千円 → 円 × 1000, (%) → %, 百万円 → 円 × 1e6. */
export interface UnitSpec {
  /** The unit as written, without its scale (円, %, 人, 件). */
  readonly unit: string;
  readonly multiplier: number;
  /** Base unit of normalized values (JPY, percent, person, count…): the unit itself when hyo does not know it. */
  readonly base: string;
  /** How many base units one `unit` is (km → 1000 metre). */
  readonly factor: number;
}

/** A cell that is one number: its sign, value as written and the unit written after it, if any. */
export interface CellNumber {
  readonly value: number;
  readonly negative: boolean;
  /** Digits after the decimal point as printed (the rounding the cell shows). */
  readonly decimals: number;
  readonly unit: UnitSpec | null;
}

const SCALES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 億: 1e8, 兆: 1e12 };
/** A unit hyo does not know may still be a counter (5橋, 120食): at most this many characters, no digits. */
const MAX_UNKNOWN_UNIT_LENGTH = 3;
/** Thousands grouped by commas, or by spaces as many European tables print them (100 000). */
const NUMBER = /^(▲|△|マイナス|[-−‐+])?\s*((?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)|\d+)(?:\.(\d+))?)\s*(.*)$/su;

/** "no value" mark of a cell (as written), or null. */
export function noValueMark(text: string): string | null {
  const t = text.trim();
  return NO_VALUE_MARKS.has(toHalfWidth(t)) ? t : null;
}

/** The number a cell holds when the whole cell is one number (▲1,235 / 98.5% / 1,200人), else null. */
export function parseCellNumber(text: string): CellNumber | null {
  const t = toHalfWidth(text.trim());
  const m = NUMBER.exec(t);
  if (!m) return null;
  const rest = m[4]!;
  let unit: UnitSpec | null = null;
  if (rest !== "") {
    if (matchNonQuantitySuffix(rest, 0) !== null) return null; // 3年度, 2回目, 4月: an ordinal or a date
    unit = parseUnitSpec(rest);
    if (unit === null) return null;
  }
  const negative = m[1] !== undefined && m[1] !== "+";
  const abs = Number(m[2]!.replace(/[, \u00a0\u2009\u202f]/gu, ""));
  return { value: negative ? -abs : abs, negative, decimals: m[3]?.length ?? 0, unit };
}

/** A unit with an optional scale in front (千円, 百万円, %, 人, 単位：千円), or null when the text is not a unit. */
export function parseUnitSpec(text: string): UnitSpec | null {
  const t = toHalfWidth(text.trim()).replace(/^単位\s*[:：]?\s*/u, "");
  let i = 0;
  let multiplier = 1;
  while (i < t.length - 1 && SCALES[t[i]!] !== undefined) multiplier *= SCALES[t[i++]!]!;
  const rest = t.slice(i);
  const known = matchUnit(rest, 0);
  if (known !== null && known.start === 0 && known.end === rest.length) {
    return { unit: rest, multiplier, base: known.def.base, factor: known.def.factor };
  }
  if (rest.length > 0 && rest.length <= MAX_UNKNOWN_UNIT_LENGTH && !/[\d\s.,、。・()（）]/u.test(rest) && /^\p{Script=Han}+$/u.test(rest)) {
    return { unit: rest, multiplier, base: rest, factor: 1 };
  }
  return null;
}

/** The unit a label carries in brackets: 事業費（千円） → 千円, 経常収支比率（%） → %, (単位:千円) → 千円; the last one wins. */
export function unitInLabel(label: string): UnitSpec | null {
  const found = [...toHalfWidth(label).matchAll(/[(（]([^()（）]{1,12})[)）]/gu)].map((m) => parseUnitSpec(m[1]!)).filter((u) => u !== null);
  return found.at(-1) ?? null;
}

/** The unit of a 単位 note (単位：百万円, （単位：千円）), or null. */
export function unitNote(text: string): UnitSpec | null {
  return scopedUnitNote(text)?.unit ?? null;
}

/**
 * A 単位 note with the column it names, if any: "（使用料収入 単位：千円）" → 千円 for 使用料収入 only;
 * "単位：百万円" → every column (scope null).
 */
export function scopedUnitNote(text: string): { unit: UnitSpec; scope: string | null } | null {
  const m = /([^()（）:：]*?)\s*単位\s*[:：]\s*([^\s)）]+)/u.exec(toHalfWidth(text));
  const unit = m ? parseUnitSpec(m[2]!) : null;
  if (!m || !unit) return null;
  const scope = m[1]!.replace(/[\s、,]/gu, "");
  return { unit, scope: scope === "" ? null : scope };
}

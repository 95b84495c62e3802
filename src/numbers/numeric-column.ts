/**
 * OCR readings of numbers judged against their column. In a column of amounts OCR misreads what a reader takes for
 * granted: the thousands comma as a point (6,214 → 6.214: a 1000× smaller amount), a comma and a point both
 * (132,560 → 132.,560), the minus or the nil dash as the kanji 一. One cell cannot tell 6.214 from 6,214; its column
 * can: a column that writes its thousands with commas and has no decimals anywhere else means 6,214. What the
 * column settles is repaired (and said so); what it does not is left as read and flagged with both readings.
 */

/** What to do with one cell of the column. */
export type NumberCheck =
  | { readonly kind: "repaired"; readonly from: string; readonly to: string; readonly reason: string }
  | { readonly kind: "ambiguous"; readonly readings: readonly [asRead: string, alternative: string]; readonly reason: string };

/**
 * A unit in the header makes a column numeric whatever its cells look like: in brackets （千円）（単位：人）, or a
 * money unit or % ending the header (決算額千円). Not a unit character anywhere: 人 is in 法人, 件 in 条件.
 */
const HEADER_UNIT = /[（(]\s*(?:単位\s*[：:]?\s*)?(?:千円|百万円|億円|万円|円|千人|人|件|％|%|ha|㎡|台|戸|世帯|回|箇所|か所)\s*[）)]|(?:千円|百万円|億円|万円|％|%)$/u;
/** A column is numeric when at least this share of its non-empty body cells are numbers or nil dashes. */
const MIN_NUMERIC_SHARE = 0.6;
/** …and it has at least this many of them (two numbers say little about a convention). */
const MIN_NUMERIC_CELLS = 3;

const SIGN = "[▲△+\\-−－]";
/** Thousands grouped with commas: 6,214 / ▲1,263,695 (a unit or % after it allowed). */
const GROUPED = new RegExp(`^${SIGN}?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?\\D*$`, "u");
const INTEGER = new RegExp(`^${SIGN}?\\d+\\D*$`, "u");
/** A decimal with its fraction digits captured (12.5, 0.125). */
const DECIMAL = new RegExp(`^${SIGN}?\\d+\\.(\\d+)\\D*$`, "u");
/** A thousands group after a point, 1–3 digits before it: 6.214 may be 6,214. */
const POINT_GROUP = new RegExp(`^(${SIGN}?\\d{1,3})\\.(\\d{3})(\\D*)$`, "u");
/** Groups after points only, two or more: 1.263.695 is never a decimal. */
const POINT_GROUPS = new RegExp(`^${SIGN}?\\d{1,3}(?:\\.\\d{3}){2,}\\D*$`, "u");
/** A comma and a point together before a thousands group: 132.,560 / 132,.560. */
const DOUBLE_SEPARATOR = /(\d)(?:\.,|,\.)(\d{3})/u;
/** Dashes a numeric column writes for nil, and what OCR reads them as (一 ー are kanji/kana, not dashes). */
const NIL_DASH = /^[-－―‐−]$/u;
const DASH_AS_KANA = /^[一ー]$/u;
/** A minus read as 一 or ー before the digits. */
const MINUS_AS_KANA = /^[一ー](\d[\d,.]*\D*)$/u;

/**
 * Checks every body cell of one column (`values[i]`, undefined when the cell is not there) against the column's
 * convention; returns what to do, by index. A column that is not numeric gets no checks.
 */
export function checkNumericColumn(header: string, values: readonly (string | undefined)[]): Map<number, NumberCheck> {
  const out = new Map<number, NumberCheck>();
  const cells = values.map((v) => v?.replace(/\s/gu, "") ?? "");
  const filled = cells.filter((v) => v !== "");
  const numeric = filled.filter((v) => INTEGER.test(v) || DECIMAL.test(v) || GROUPED.test(v) || NIL_DASH.test(v) || DASH_AS_KANA.test(v) || DOUBLE_SEPARATOR.test(v) || MINUS_AS_KANA.test(v));
  const unitInHeader = HEADER_UNIT.test(header);
  if (numeric.length < MIN_NUMERIC_CELLS && !unitInHeader) return out;
  if (!unitInHeader && numeric.length / filled.length < MIN_NUMERIC_SHARE) return out;

  // The column's convention, from the cells that are not in question.
  const suspect = (v: string) => POINT_GROUP.test(v) || POINT_GROUPS.test(v) || DOUBLE_SEPARATOR.test(v);
  const grouped = cells.filter((v) => GROUPED.test(v)).length;
  const otherDecimals = cells.filter((v) => !suspect(v) && DECIMAL.test(v) && !GROUPED.test(v));
  const threeDigitFractions = otherDecimals.filter((v) => DECIMAL.exec(v)![1]!.length === 3).length;
  // Thousands written with commas and no decimal anywhere else: a point before three digits is a misread comma.
  const integerColumn = grouped > 0 && otherDecimals.length === 0;
  const dash = cells.find((v) => NIL_DASH.test(v)) ?? "-";

  cells.forEach((v, i) => {
    if (v === "") return;
    let m: RegExpExecArray | null;
    if (POINT_GROUPS.test(v)) {
      out.set(i, { kind: "repaired", from: v, to: v.replace(/\./gu, ","), reason: "points between thousands groups (a number has one decimal point at most)" });
    } else if (DOUBLE_SEPARATOR.test(v)) {
      const to = v.replace(DOUBLE_SEPARATOR, "$1,$2");
      if (integerColumn || (grouped > 0 && threeDigitFractions === 0)) out.set(i, { kind: "repaired", from: v, to, reason: "a point and a comma before a thousands group, in a column that groups thousands with commas" });
      else out.set(i, { kind: "ambiguous", readings: [v, to], reason: "a point and a comma together" });
    } else if ((m = POINT_GROUP.exec(v))) {
      const asGrouped = `${m[1]},${m[2]}${m[3]}`;
      if (integerColumn) out.set(i, { kind: "repaired", from: v, to: asGrouped, reason: "a point before three digits in a column of comma-grouped whole numbers" });
      else if (threeDigitFractions === 0 && (grouped > 0 || unitInHeader)) out.set(i, { kind: "ambiguous", readings: [v, asGrouped], reason: "a point before three digits where the column's other decimals have fewer digits" });
    } else if (DASH_AS_KANA.test(v)) {
      out.set(i, { kind: "repaired", from: v, to: dash, reason: `${v} alone in a numeric column is its nil dash` });
    } else if ((m = MINUS_AS_KANA.exec(v))) {
      out.set(i, { kind: "repaired", from: v, to: `-${m[1]}`, reason: `${v[0]} before the digits in a numeric column is a minus sign` });
    }
  });
  return out;
}

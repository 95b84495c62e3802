import type { TotalCheck } from "../profile/generic-totals.js";
import type { Flag } from "../types/index.js";
import { ambiguousBreakMessage } from "./rules/extraction.js";

/** What the flag rules see of one generic record. */
export interface GenericRowFacts {
  readonly total: boolean;
  readonly fields: Readonly<Record<string, string>>;
  /** Fields of numeric columns whose cell is neither a number nor a no-value mark. */
  readonly unparsed: readonly string[];
  readonly totalCheck: Readonly<Record<string, TotalCheck>>;
  /** OCR only: the stretches of characters read with low confidence, per field. */
  readonly lowConfidence: Readonly<Record<string, readonly string[]>>;
  readonly overflow: Readonly<Record<string, number>>;
  /** Line-initial ・ that may be a bullet or a wrapped 中点, per field. */
  readonly ambiguousBreaks: Readonly<Record<string, number>>;
  readonly repaired: readonly string[];
}

/** A column is "otherwise full" when at most this share of its records leave it empty… */
const MAX_EMPTY_SHARE = 0.1;
/** …and it has at least this many records: in a short table one empty cell says nothing about the column. */
const MIN_RECORDS_FOR_EMPTY = 5;

const fmt = (n: number): string => n.toLocaleString("en-US", { maximumFractionDigits: 6 });

/**
 * Flags of generic records, the rules that need no profile: an empty cell in a column that is otherwise full, a
 * cell of a numeric column that is not a number, a total that does not add up, characters OCR read with low
 * confidence, text outside its cell, a line break that may be a 中点 (warnings); text repairs (information).
 */
export function genericFlags(rows: readonly GenericRowFacts[], keys: readonly string[]): Flag[][] {
  const records = rows.filter((r) => !r.total);
  const sparse = new Set(keys.filter((k) => {
    const empty = records.filter((r) => (r.fields[k] ?? "").trim() === "").length;
    return records.length >= MIN_RECORDS_FOR_EMPTY && empty > 0 && empty <= MAX_EMPTY_SHARE * records.length;
  }));
  return rows.map((r) => {
    const flags: Flag[] = [];
    if (!r.total) {
      for (const k of keys) if (sparse.has(k) && (r.fields[k] ?? "").trim() === "") flags.push({ code: "review/empty-cell", field: k, severity: "warn", message: `空欄(この列の他の行はすべて記入あり)` });
    }
    for (const k of r.unparsed) flags.push({ code: "review/unparseable-number", field: k, severity: "warn", message: `数値の列で数値として読めない: 「${r.fields[k]}」` });
    for (const [k, c] of Object.entries(r.totalCheck)) {
      if (!c.ok) flags.push({ code: "review/total-mismatch", field: k, severity: "warn", message: `合計が合わない: 列「${k}」 上の${c.addends}行の和 ${fmt(c.expected)}、表記 ${fmt(c.found)}(差 ${fmt(c.found - c.expected)})` });
    }
    for (const [k, s] of Object.entries(r.lowConfidence)) if (s.length) flags.push({ code: "review/low-ocr-confidence", field: k, severity: "warn", message: `OCRの信頼度が低い文字: ${s.map((x) => `「${x}」`).join("")}` });
    for (const [k, n] of Object.entries(r.overflow)) if (n > 0) flags.push({ code: "review/clipped-text", field: k, severity: "warn", message: `${n}文字がセルの枠からはみ出しています(切れている可能性)` });
    for (const [k, n] of Object.entries(r.ambiguousBreaks)) if (n > 0) flags.push({ code: "review/ambiguous-line-break", field: k, severity: "warn", message: ambiguousBreakMessage(n) });
    for (const k of r.repaired) flags.push({ code: "review/repaired", field: k, severity: "info", message: "文字を補正" });
    return flags;
  });
}

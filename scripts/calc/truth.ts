/** Ground truth of a Calc fixture: every cell of every record, every section, every typed value, every total. */

/** A typed numeric cell as a reader should give it; or a cell that says "no value" and which mark says so. */
export type TruthValue =
  | { value: number; unit: string; multiplier: number; normalized: { value: number; unit: string }; negative: boolean }
  | { noValue: string };

export interface TruthRecord {
  /** Section path the record lies in (outermost first). */
  section: string[];
  total: boolean;
  /** Cell text by column key (header path joined with " / "). */
  fields: Record<string, string>;
  /** Typed value of every numeric cell, by column key. */
  values: Record<string, TruthValue>;
}

export interface CalcTruth {
  fixture: string;
  producer: string;
  sealed: boolean;
  /** The 単位 note printed above the table, if any. */
  unitNote: string | null;
  columns: string[];
  sections: string[][];
  records: TruthRecord[];
  /** Total rows whose printed sum differs from the column above (deliberate misprints). */
  totalMismatches: { record: number; column: string; expected: number; found: number }[];
}

const fmt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

/** 1,235 / ▲1,235 (or △, −) as published. */
export function formatSigned(n: number, minus: string, decimals = 0): string {
  const s = fmt.format(Number(Math.abs(n).toFixed(decimals)));
  const fixed = decimals > 0 && !s.includes(".") ? `${s}.${"0".repeat(decimals)}` : decimals > 0 ? s.padEnd(s.indexOf(".") + 1 + decimals, "0") : s;
  return n < 0 ? `${minus}${fixed}` : fixed;
}

/** The typed value of a number printed in a column whose header (or note) gives unit and multiplier. */
export function typed(value: number, unit: string, multiplier: number, base: string): TruthValue {
  return { value, unit, multiplier, normalized: { value: Number((value * multiplier).toPrecision(12)), unit: base }, negative: value < 0 };
}

import type { Quantity } from "../types/quantity.js";

/** A total row's check of one column: the sum of the values it totals, and whether the printed total agrees. */
export interface TotalCheck {
  readonly expected: number;
  readonly found: number;
  readonly addends: number;
  /** How far the sum may be off from rounding alone: half a unit of the last digit shown, per value. */
  readonly tolerance: number;
  readonly ok: boolean;
}

export interface TotalRow {
  readonly scope: "section" | "table";
  readonly section: readonly string[];
}

/** A row of the table body as the check sees it: total or not, its section, and its quantities by column. */
export interface CheckedRow {
  readonly total: TotalRow | null;
  readonly section: readonly string[];
  readonly quantities: Readonly<Record<string, readonly (Quantity & { decimals: number })[]>>;
}

const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.every((p, i) => path[i] === p);

/**
 * Checks each total row against the rows it totals: a 小計/計 against the records after the previous total of its
 * section, a 合計/総計 against the records after the previous table total (or, for a total printed above its rows,
 * the records below it up to the next one). Only columns whose cells share the total's unit are summed.
 * The printed values may each have been rounded from more digits, so a sum within half a unit of the last digit
 * shown per value (and per total) is taken as agreeing.
 */
export function checkTotals(rows: readonly CheckedRow[]): Map<number, Record<string, TotalCheck>> {
  const out = new Map<number, Record<string, TotalCheck>>();
  rows.forEach((row, i) => {
    if (!row.total) return;
    let addends = scopeRows(rows, i, -1);
    if (addends.length === 0) addends = scopeRows(rows, i, 1);
    const checks: Record<string, TotalCheck> = {};
    for (const [key, qs] of Object.entries(row.quantities)) {
      const total = qs[0];
      if (!total || qs.length !== 1) continue;
      const values = addends.flatMap((r) => r.quantities[key] ?? []);
      if (values.length === 0 || values.some((q) => q.unit !== total.unit || q.multiplier !== total.multiplier)) continue;
      const decimals = Math.max(total.decimals, ...values.map((q) => q.decimals));
      const expected = Number(values.reduce((s, q) => s + q.value, 0).toFixed(decimals));
      const tolerance = 0.5 * 10 ** -decimals * (values.length + 1);
      checks[key] = { expected, found: total.value, addends: values.length, tolerance, ok: Math.abs(expected - total.value) <= tolerance + 1e-9 };
    }
    out.set(i, checks);
  });
  return out;
}

/** Records a total at `i` adds up, walking up (-1) or down (1) until a total of the same or a wider scope. */
function scopeRows(rows: readonly CheckedRow[], i: number, step: -1 | 1): CheckedRow[] {
  const total = rows[i]!.total!;
  const found: CheckedRow[] = [];
  for (let j = i + step; j >= 0 && j < rows.length; j += step) {
    const r = rows[j]!;
    if (r.total) {
      if (total.scope === "table" && r.total.scope === "table") break;
      if (total.scope === "section") break;
      continue;
    }
    if (total.scope === "section" && !startsWith(r.section, total.section)) break;
    found.push(r);
  }
  return found;
}

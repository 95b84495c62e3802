import type { HyoRecord } from "../../../src/schema/index.js";
import { parseQuantities } from "../../../src/numbers/parse-quantities.js";
import { editDistance } from "../../../src/text/edit-distance.js";
import type { Quantity } from "../../../src/types/quantity.js";

/** The record fields a gyosei-kaikaku truth row holds. */
export const TRUTH_FIELDS = ["basicPolicyNo", "basicPolicy", "direction", "topic", "no", "item", "departments", "futureDirection", "relatedPlans", "target", "plan", "done", "check", "grade", "action"] as const;
export type TruthRow = Readonly<Record<(typeof TRUTH_FIELDS)[number], string | number | null>>;

export interface TruthAccuracy {
  /** Truth rows, and those found as a record with the same id. */
  readonly records: { readonly expected: number; readonly found: number; readonly extra: number };
  readonly fields: { readonly total: number; readonly exact: number };
  /** Character error rate over all fields, whitespace ignored; a missing record counts all its characters. */
  readonly cer: { readonly edits: number; readonly chars: number; readonly rate: number };
  readonly grades: { readonly total: number; readonly right: number };
  /** ▲/△ negative numbers (sign and digits) found with the right sign. */
  readonly signs: { readonly total: number; readonly right: number };
  /** Quantities the truth's text holds (parsed as hyo parses) found with the same value, unit and sign in the record. */
  readonly quantities: { readonly total: number; readonly found: number };
}

/** The id hyo gives a record: basic policy no. - topic's circled number - item no. */
export const truthId = (row: TruthRow): string => `${row.basicPolicyNo}-${[...String(row.topic ?? "")][0] ?? ""}-${row.no}`;

/** Each row's id as hyo numbers them: a No. repeated within a topic gets (2), (3)… in order. */
export function truthIds(rows: readonly TruthRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const id = truthId(row);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}(${n})`;
  });
}

const squeeze = (v: unknown): string => (v === null || v === undefined ? "" : String(v)).replace(/\s+/gu, "");

const SIGNED = /[▲△][\d,.]+/gu;

/** How well `records` reproduce the truth rows: records found by id, fields exact, CER, grades, signs. */
export function scoreAgainstTruth(records: readonly HyoRecord[], truth: readonly TruthRow[]): TruthAccuracy {
  const byId = new Map(records.map((r) => [r.id, r as unknown as Record<string, unknown>]));
  let quantities = 0, quantitiesFound = 0;
  let found = 0, total = 0, exact = 0, edits = 0, chars = 0, grades = 0, gradesRight = 0, signs = 0, signsRight = 0;
  const ids = truthIds(truth);
  for (const [i, row] of truth.entries()) {
    const rec = byId.get(ids[i]!);
    if (rec) found++;
    for (const field of TRUTH_FIELDS) {
      const want = squeeze(row[field]), got = squeeze(rec?.[field]);
      total++;
      if (rec && rec[field] === row[field]) exact++;
      chars += [...want].length;
      edits += editDistance(want, got);
      if (field === "grade" && row.grade) { grades++; if (got === want) gradesRight++; }
      for (const m of want.matchAll(SIGNED)) { signs++; if (got.includes(m[0])) signsRight++; }
      if (typeof row[field] !== "string") continue;
      const key = (q: Quantity) => `${q.normalized.value}|${q.normalized.unit}|${q.negative}`;
      const have = new Map<string, number>();
      for (const q of (rec?.quantities as Record<string, Quantity[]> | undefined)?.[field] ?? []) have.set(key(q), (have.get(key(q)) ?? 0) + 1);
      for (const q of parseQuantities(row[field])) {
        quantities++;
        const n = have.get(key(q)) ?? 0;
        if (n > 0) { quantitiesFound++; have.set(key(q), n - 1); }
      }
    }
  }
  return {
    records: { expected: truth.length, found, extra: records.length - found },
    fields: { total, exact },
    cer: { edits, chars, rate: chars ? edits / chars : 0 },
    grades: { total: grades, right: gradesRight },
    signs: { total: signs, right: signsRight },
    quantities: { total: quantities, found: quantitiesFound },
  };
}

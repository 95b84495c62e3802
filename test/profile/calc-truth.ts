import { readFileSync } from "node:fs";
import { convert } from "../../src/index.js";
import type { GenericRecord, GenericTable } from "../../src/schema/index.js";
import type { CalcTruth } from "../../scripts/calc/truth.js";

/** Texts compared as a reader sees them: NFKC (（千円） = (千円)), no whitespace. */
export const squash = (s: string): string => s.normalize("NFKC").replace(/\s+/gu, "");

export interface CalcRun {
  readonly truth: CalcTruth;
  readonly records: GenericRecord[];
  readonly tables: GenericTable[];
}

export async function runCalcFixture(name: string): Promise<CalcRun> {
  const truth = JSON.parse(readFileSync(`fixtures/calc/${name}.truth.json`, "utf8")) as CalcTruth;
  const result = await convert(new Uint8Array(readFileSync(`fixtures/pdf/${name}.pdf`)), { fileName: `${name}.pdf` });
  if (result.profile !== "generic") throw new Error(`${name}: profile ${result.profile}`);
  return { truth, records: result.records, tables: result.genericTables ?? [] };
}

/** Scores a run against its truth: numeric cells typed right (value, sign, multiplier, normalized), fields, sections, totals. */
export function score({ truth, records }: CalcRun) {
  const numeric = { total: 0, right: 0, wrong: [] as string[] };
  let fieldsRight = 0;
  let fieldsTotal = 0;
  const keyOf = new Map<string, string>();
  for (const r of records) for (const k of Object.keys(r.fields)) keyOf.set(squash(k), k);
  truth.records.forEach((t, i) => {
    const r = records[i];
    for (const [col, text] of Object.entries(t.fields)) {
      fieldsTotal++;
      if (r && squash(r.fields[keyOf.get(squash(col)) ?? ""] ?? "") === squash(text)) fieldsRight++;
    }
    for (const [col, v] of Object.entries(t.values)) {
      numeric.total++;
      const key = keyOf.get(squash(col)) ?? "";
      const q = r?.quantities?.[key]?.[0];
      const ok = "noValue" in v
        ? r?.noValue?.[key] !== undefined && squash(r.noValue[key]) === squash(v.noValue) && !q
        : q !== undefined && q.value === v.value && q.multiplier === v.multiplier && q.negative === v.negative &&
          q.normalized.value === v.normalized.value && q.normalized.unit === v.normalized.unit && squash(q.unit) === squash(v.unit);
      if (ok) numeric.right++;
      else numeric.wrong.push(`${i}:${col}: ${JSON.stringify(v)} ≠ ${JSON.stringify(q ?? r?.noValue?.[key])}`);
    }
  });
  return { numeric, fields: { right: fieldsRight, total: fieldsTotal } };
}

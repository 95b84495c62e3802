import type { RecordsFile } from "../schema/index.js";
import { toCsv } from "./csv.js";

const COLUMNS = ["id", "field", "label", "raw", "value", "unit", "multiplier", "normalizedValue", "normalizedUnit", "comparator", "negative"] as const;

/**
 * quantities.csv: one row per quantity of every record field (long format, for spreadsheets), for every profile.
 * Generic records also list their "no value" cells (raw = the mark, value empty) so that a blank is never read as 0.
 */
export function quantitiesCsv(file: RecordsFile): string {
  const rows = file.records.flatMap((r) => [
    ...Object.entries(r.quantities ?? {}).flatMap(([field, qs]) =>
      qs.map((q) => [r.id, field, q.label ?? "", q.raw, q.value, q.unit, q.multiplier, q.normalized.value, q.normalized.unit, q.comparator ?? "", q.negative]),
    ),
    ...Object.entries("noValue" in r ? r.noValue ?? {} : {}).map(([field, mark]) => [r.id, field, field, mark, "", "", "", "", "", "", ""]),
  ]);
  return toCsv(COLUMNS, rows);
}

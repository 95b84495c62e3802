import type { HyoRecord, RecordsFile } from "../schema/index.js";
import { toCsv } from "./csv.js";

const COLUMNS = ["id", "field", "label", "raw", "value", "unit", "multiplier", "normalizedValue", "normalizedUnit", "comparator", "negative"] as const;

/** quantities.csv: one row per quantity of every record field (long format, for spreadsheets); null for generic records. */
export function quantitiesCsv(file: RecordsFile): string | null {
  if (file.profile !== "gyosei-kaikaku") return null;
  const rows = (file.records as HyoRecord[]).flatMap((r) =>
    Object.entries(r.quantities).flatMap(([field, qs]) =>
      qs.map((q) => [r.id, field, q.label ?? "", q.raw, q.value, q.unit, q.multiplier, q.normalized.value, q.normalized.unit, q.comparator ?? "", q.negative]),
    ),
  );
  return toCsv(COLUMNS, rows);
}

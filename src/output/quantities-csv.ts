import type { ConvertResult } from "../pipeline/result.js";
import { toCsv } from "./csv.js";

const COLUMNS = ["id", "field", "label", "raw", "value", "unit", "multiplier", "normalizedValue", "normalizedUnit", "comparator", "negative"] as const;

/** quantities.csv: one row per quantity of every record field (long format, for spreadsheets); null for generic records. */
export function quantitiesCsv(result: ConvertResult): string | null {
  if (result.profile !== "gyosei-kaikaku") return null;
  return toCsv(COLUMNS, result.quantities.map((q) => COLUMNS.map((c) => q[c] ?? "")));
}

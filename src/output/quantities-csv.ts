import type { ConvertResult } from "../pipeline/result.js";
import { header, QUANTITY_COLUMNS, type CsvHeaders } from "./csv-columns.js";
import { toCsv } from "./csv.js";

/** quantities.csv: one row per quantity of every record field (long format, for spreadsheets); null for generic records. */
export function quantitiesCsv(result: ConvertResult, lang: CsvHeaders = "en"): string | null {
  if (result.profile !== "gyosei-kaikaku") return null;
  return toCsv(header(QUANTITY_COLUMNS, lang), result.quantities.map((q) => QUANTITY_COLUMNS.map((c) => c.value(q))));
}

import type { ConvertResult } from "../pipeline/result.js";
import type { QuantityRow } from "../schema/index.js";
import { header, QUANTITY_COLUMNS, type CsvHeaders } from "./csv-columns.js";
import { toCsv } from "./csv.js";

/**
 * quantities.csv: one row per quantity of every record field (long format, for spreadsheets), for every profile.
 * Generic records also list their "no value" cells (raw = the mark, value empty) so that a blank is never read as 0.
 */
export function quantitiesCsv(result: ConvertResult, lang: CsvHeaders = "en"): string {
  const row = (q: QuantityRow) => QUANTITY_COLUMNS.map((c) => c.value(q));
  if (result.profile === "gyosei-kaikaku") return toCsv(header(QUANTITY_COLUMNS, lang), result.quantities.map(row));
  const byId = new Map<string, QuantityRow[]>();
  for (const q of result.quantities) byId.set(q.id, [...(byId.get(q.id) ?? []), q]);
  // A no-value row: the record, the field (also as its label) and the mark; the value columns empty.
  const noValueRow = (id: string, field: string, mark: string) => QUANTITY_COLUMNS.map((c) =>
    c.en === "id" ? id : c.en === "field" || c.en === "label" ? field : c.en === "raw" ? mark : "");
  return toCsv(header(QUANTITY_COLUMNS, lang), result.records.flatMap((r) => [
    ...(byId.get(r.id) ?? []).map(row),
    ...Object.entries(r.noValue ?? {}).map(([field, mark]) => noValueRow(r.id, field, mark)),
  ]));
}

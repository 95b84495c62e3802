import type { ConvertResult } from "../pipeline/result.js";
import { GENERIC_ID_COLUMNS, header, RECORD_COLUMNS, type CsvHeaders } from "./csv-columns.js";
import { toCsv } from "./csv.js";

/** records.csv: one row per record; for the generic profile, its section, total mark and review, then one column per key. */
export function recordsCsv(result: ConvertResult, lang: CsvHeaders = "en"): string {
  if (result.profile === "gyosei-kaikaku") {
    return toCsv(header(RECORD_COLUMNS, lang), result.records.map((r) => RECORD_COLUMNS.map((c) => c.value(r))));
  }
  const recs = result.records;
  const keys = [...new Set(recs.flatMap((r) => Object.keys(r.fields)))];
  return toCsv([...header(GENERIC_ID_COLUMNS, lang), ...keys], recs.map((r) => [...GENERIC_ID_COLUMNS.map((c) => c.value(r)), ...keys.map((k) => r.fields[k] ?? "")]));
}

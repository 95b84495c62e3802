import type { GenericRecord, HyoRecord, RecordsFile } from "../schema/index.js";
import { toCsv } from "./csv.js";

const RECORD_COLUMNS = ["id", "basicPolicyNo", "basicPolicy", "direction", "topic", "no", "item", "departments", "futureDirection", "relatedPlans", "target", "plan", "done", "check", "grade", "action"] as const;

/** records.csv: one row per record; for the generic profile, its section and total mark, one column per key, its review. */
export function recordsCsv(file: RecordsFile): string {
  if (file.profile === "gyosei-kaikaku") {
    const recs = file.records as HyoRecord[];
    return toCsv([...RECORD_COLUMNS, "needsReview", "corrected", "flags"], recs.map((r) => [
      ...RECORD_COLUMNS.map((c) => r[c]), r.needsReview, r.corrected, r.flags.map((f) => f.code).join(" "),
    ]));
  }
  const recs = file.records as GenericRecord[];
  const keys = [...new Set(recs.flatMap((r) => Object.keys(r.fields)))];
  // Section path levels joined with " > " (" / " already joins a key's header levels).
  return toCsv(["id", "table", "section", "total", ...keys, "needsReview", "flags"], recs.map((r) => [
    r.id, r.table, (r.section ?? []).join(" > "), r.total ?? false, ...keys.map((k) => r.fields[k] ?? ""), r.needsReview, r.flags.map((f) => f.code).join(" "),
  ]));
}

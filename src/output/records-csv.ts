import type { ConvertResult } from "../pipeline/result.js";
import { toCsv } from "./csv.js";

const RECORD_COLUMNS = ["id", "basicPolicyNo", "basicPolicy", "direction", "topic", "no", "item", "departments", "futureDirection", "relatedPlans", "target", "plan", "done", "check", "grade", "action"] as const;

/** records.csv: one row per record; for the generic profile, one column per header label. */
export function recordsCsv(result: ConvertResult): string {
  if (result.profile === "gyosei-kaikaku") {
    return toCsv([...RECORD_COLUMNS, "needsReview", "corrected", "flags"], result.records.map((r) => [
      ...RECORD_COLUMNS.map((c) => r[c]), r.needsReview, r.corrected, r.flags.map((f) => f.code).join(" "),
    ]));
  }
  const recs = result.records;
  const keys = [...new Set(recs.flatMap((r) => Object.keys(r.fields)))];
  return toCsv(["id", "table", ...keys], recs.map((r) => [r.id, r.table, ...keys.map((k) => r.fields[k] ?? "")]));
}

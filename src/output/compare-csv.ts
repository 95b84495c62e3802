import type { CompareFile, CompareOutput, GenericCompareFile } from "../schema/compare.js";
import { toCsv } from "./csv.js";

const COLUMNS = [
  "status", "oldId", "newId", "oldKey", "newKey", "match", "score", "topic", "item", "oldGrade", "newGrade", "gradeChange",
  "moved", "changedFields", "quantityChanges", "newlyMissed",
] as const;

/** compare.csv of either profile. */
export function compareCsv(c: CompareOutput): string {
  return c.profile === "generic" ? tablesCsv(c) : recordsCsv(c);
}

/** One row per paired, added, removed or ambiguous record; quantity changes as "label old→new (difference)". */
function recordsCsv(c: CompareFile): string {
  const rows: unknown[][] = [];
  for (const p of c.pairs) {
    rows.push([
      p.status, p.oldId, p.newId, p.oldKey, p.newKey, p.match, p.score,
      p.topic, p.item,
      p.grade.old ?? "", p.grade.new ?? "", p.grade.change, p.moved ? `${p.moved.from} → ${p.moved.to}` : "",
      p.fields.map((f) => f.field).join(" "),
      p.quantities.filter((q) => q.changed).map((q) => `${q.label ?? q.field} ${q.old.raw}→${q.new.raw} (${q.difference.text})`).join("; "),
      p.evaluations.filter((e) => e.change === "newly-missed").map((e) => e.label).join(" "),
    ]);
  }
  for (const r of c.added) rows.push(["added", "", r.id, "", r.key, "", "", r.topic, r.item, "", r.grade ?? "", "", "", "", "", ""]);
  for (const r of c.removed) rows.push(["removed", r.id, "", r.key, "", "", "", r.topic, r.item, r.grade ?? "", "", "", "", "", "", ""]);
  for (const a of c.ambiguous) {
    rows.push(["ambiguous", a.side === "old" ? a.id : "", a.side === "new" ? a.id : "", "", "", "", "", "", a.item, "", "", "", "",
      "", `candidates: ${a.candidates.map((x) => `${x.id} (${x.score})`).join(" ")}`, ""]);
  }
  return toCsv(COLUMNS, rows);
}

const TABLE_COLUMNS = ["status", "oldId", "newId", "oldLabel", "newLabel", "match", "score", "column", "old", "new", "difference", "changed"] as const;

/** Generic tables: one row per row and column (a 財政指標 × 年度 cell), added and removed rows once each. */
function tablesCsv(c: GenericCompareFile): string {
  const rows: unknown[][] = [];
  for (const r of c.rows) {
    for (const v of r.values) {
      rows.push([r.changed ? "changed" : "unchanged", r.oldId, r.newId, r.oldLabel, r.newLabel, r.match, r.score, v.column, v.old ?? "", v.new ?? "", v.quantity?.difference.text ?? "", v.changed]);
    }
  }
  for (const r of c.added) rows.push(["added", "", r.id, "", r.label, "", "", "", "", "", "", ""]);
  for (const r of c.removed) rows.push(["removed", r.id, "", r.label, "", "", "", "", "", "", "", ""]);
  for (const a of c.ambiguous) rows.push(["ambiguous", a.side === "old" ? a.id : "", a.side === "new" ? a.id : "", a.item, "", "", "", "", "", "", `candidates: ${a.candidates.map((x) => `${x.id} (${x.score})`).join(" ")}`, ""]);
  return toCsv(TABLE_COLUMNS, rows);
}

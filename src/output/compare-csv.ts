import type { CompareFile } from "../schema/compare.js";
import { toCsv } from "./csv.js";

const COLUMNS = [
  "status", "oldId", "newId", "oldKey", "newKey", "match", "score", "topic", "item", "oldGrade", "newGrade", "gradeChange",
  "moved", "changedFields", "quantityChanges", "newlyMissed",
] as const;

/** compare.csv: one row per paired, added, removed or ambiguous record; quantity changes as "label old→new (difference)". */
export function compareCsv(c: CompareFile): string {
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

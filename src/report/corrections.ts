import { z } from "zod";
import type { HyoRecord } from "../schema/index.js";

/** corrections.json as the report exports it: one entry per edited field, or a "reviewed" mark. */
export const CorrectionsSchema = z.array(z.object({
  recordId: z.string(),
  field: z.string(),
  value: z.union([z.string(), z.boolean(), z.null()]),
  reviewedAt: z.string(),
}));
export type Corrections = z.infer<typeof CorrectionsSchema>;

/** Fields a reviewer may correct. */
export const EDITABLE_FIELDS = ["item", "departments", "futureDirection", "relatedPlans", "target", "plan", "done", "check", "action", "grade"] as const;
const GRADES = new Set(["A", "B", "C", "D"]);

/**
 * Applies a reviewer's corrections: the field takes the corrected value, the extracted one is kept in
 * `extracted`, `corrected` becomes true and the flags on that field are answered (removed). A "reviewed" mark
 * answers the record's warnings. Entries naming an unknown record or field, or a grade not A–D, are returned
 * as problems and not applied.
 */
export function applyCorrections(records: readonly HyoRecord[], corrections: Corrections): { records: HyoRecord[]; problems: string[] } {
  const problems: string[] = [];
  const byId = new Map(records.map((r) => [r.id, { ...r, extracted: { ...(r.extracted ?? {}) }, flags: [...r.flags] }]));
  for (const c of corrections) {
    const r = byId.get(c.recordId);
    if (!r) { problems.push(`${c.recordId}: no such record`); continue; }
    if (c.field === "reviewed") {
      if (c.value === true) r.flags = r.flags.filter((f) => f.severity === "error");
      continue;
    }
    if (!(EDITABLE_FIELDS as readonly string[]).includes(c.field)) { problems.push(`${c.recordId}: ${c.field} cannot be corrected`); continue; }
    if (c.field === "grade") {
      const g = typeof c.value === "string" ? c.value.trim().toUpperCase() : null;
      if (g !== null && g !== "" && !GRADES.has(g)) { problems.push(`${c.recordId}: grade ${String(c.value)} is not A–D`); continue; }
      if (!("grade" in r.extracted)) r.extracted.grade = r.grade;
      r.grade = g ? (g as HyoRecord["grade"]) : null;
    } else {
      const field = c.field as Exclude<(typeof EDITABLE_FIELDS)[number], "grade">;
      if (!(field in r.extracted)) r.extracted[field] = r[field];
      r[field] = String(c.value ?? "");
    }
    r.corrected = true;
    r.flags = r.flags.filter((f) => f.field !== c.field && !(c.field === "grade" && f.code.startsWith("review/grade")));
  }
  const out = records.map((r) => {
    const x = byId.get(r.id)!;
    const result: HyoRecord = { ...x, needsReview: x.flags.some((f) => f.severity !== "info") };
    if (Object.keys(x.extracted).length === 0) delete (result as { extracted?: unknown }).extracted;
    return result;
  });
  return { records: out, problems };
}

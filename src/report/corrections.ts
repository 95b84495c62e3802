import { z } from "zod";
import type { HyoRecord } from "../schema/index.js";

/** One corrected field. `before` is the value the reviewer saw (kept for the next report), `reviewer` who made it. */
export const CorrectionSchema = z.object({
  recordId: z.string().describe("id of the record in records.json (e.g. 1-①-1)"),
  field: z.string().describe("name of the corrected field (item, futureDirection, grade …)"),
  value: z.union([z.string(), z.null()]).describe("the corrected value (null: no grade)"),
  before: z.union([z.string(), z.null()]).optional().describe("the value the reviewer saw before correcting it"),
  reviewedAt: z.string().describe("when it was corrected (ISO 8601)"),
  reviewer: z.string().optional().describe("who corrected it (the report's 確認者 box)"),
}).describe("one corrected field");
/** A record a reviewer marked 確認済み. */
export const ReviewSchema = z.object({
  recordId: z.string().describe("id of the record marked 確認済み"),
  reviewedAt: z.string().describe("when it was marked (ISO 8601)"),
  reviewer: z.string().optional().describe("who marked it"),
}).describe("a record a reviewer marked 確認済み (reviewed)");

/** corrections.json as review.html exports it: bound to the document it was made for by its SHA-256. */
export const CorrectionsFileSchema = z.object({
  kind: z.literal("hyo-corrections").describe("always hyo-corrections"),
  source: z.object({
    file: z.string().describe("file name of the PDF the corrections were made for"),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256 of that PDF: --corrections refuses another document"),
    profile: z.string().describe("profile of its records (gyosei-kaikaku)"),
  }).describe("the document the corrections belong to"),
  hyoVersion: z.string().describe("version of hyo that wrote the report"),
  exportedAt: z.string().describe("when the file was exported (ISO 8601)"),
  corrections: z.array(CorrectionSchema).describe("every correction so far, earlier rounds included"),
  reviews: z.array(ReviewSchema).describe("records marked 確認済み"),
}).describe("corrections.json as review.html exports it");

/** The first format: a plain array bound to nothing, a 確認済み mark written as field "reviewed", value true. */
export const LegacyCorrectionsSchema = z.array(z.object({
  recordId: z.string().describe("id of the record"),
  field: z.string().describe("corrected field, or reviewed for a 確認済み mark"),
  value: z.union([z.string(), z.boolean(), z.null()]).describe("the corrected value (true for a 確認済み mark)"),
  reviewedAt: z.string().describe("when (ISO 8601)"),
}).describe("one correction")).describe("the first corrections format: accepted for a single file, refused in a batch unless --force-corrections");

/** What --corrections reads: the current file, or the first format. */
export const CorrectionsSchema = z.union([CorrectionsFileSchema, LegacyCorrectionsSchema]).describe("a reviewer's corrections");

export type Correction = z.infer<typeof CorrectionSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type CorrectionsFile = z.infer<typeof CorrectionsFileSchema>;
/** What is applied to one document's records. */
export const CorrectionSetSchema = z.object({ corrections: z.array(CorrectionSchema), reviews: z.array(ReviewSchema) });
export type CorrectionSet = z.infer<typeof CorrectionSetSchema>;

/** Either format as a CorrectionSet. */
export function toCorrectionSet(parsed: CorrectionsFile | z.infer<typeof LegacyCorrectionsSchema>): CorrectionSet {
  if (!Array.isArray(parsed)) return { corrections: parsed.corrections, reviews: parsed.reviews };
  const corrections: Correction[] = [], reviews: Review[] = [];
  for (const c of parsed) {
    if (c.field === "reviewed") { if (c.value === true) reviews.push({ recordId: c.recordId, reviewedAt: c.reviewedAt }); }
    else corrections.push({ recordId: c.recordId, field: c.field, value: typeof c.value === "boolean" ? String(c.value) : c.value, reviewedAt: c.reviewedAt });
  }
  return { corrections, reviews };
}

/** Fields a reviewer may correct. */
export const EDITABLE_FIELDS = ["item", "departments", "futureDirection", "relatedPlans", "target", "plan", "done", "check", "action", "grade"] as const;
const GRADES = new Set(["A", "B", "C", "D"]);

export interface AppliedCorrections {
  readonly records: HyoRecord[];
  /** Corrections and 確認済み marks applied. */
  readonly applied: number;
  /** Why each of the others was not ("1-①-9: no such record"). */
  readonly skipped: string[];
}

/**
 * Applies a reviewer's corrections: the field takes the corrected value, the extracted one is kept in
 * `extracted`, `corrected` becomes true and the flags on that field are answered (removed). A 確認済み mark sets
 * `reviewedAt` and answers the record's warnings. Entries naming a record or field that does not exist (a re-run
 * with other settings), or a grade not A–D, are skipped with the reason.
 */
export function applyCorrections(records: readonly HyoRecord[], set: CorrectionSet): AppliedCorrections {
  const skipped: string[] = [];
  let applied = 0;
  const byId = new Map(records.map((r) => [r.id, { ...r, extracted: { ...(r.extracted ?? {}) }, flags: [...r.flags] }]));
  for (const c of set.corrections) {
    const r = byId.get(c.recordId);
    if (!r) { skipped.push(`${c.recordId}: no such record`); continue; }
    if (!(EDITABLE_FIELDS as readonly string[]).includes(c.field)) { skipped.push(`${c.recordId}: ${c.field} cannot be corrected`); continue; }
    if (c.field === "grade") {
      const g = typeof c.value === "string" ? c.value.trim().toUpperCase() : null;
      if (g !== null && g !== "" && !GRADES.has(g)) { skipped.push(`${c.recordId}: grade ${String(c.value)} is not A–D`); continue; }
      if (!("grade" in r.extracted)) r.extracted.grade = r.grade;
      r.grade = g ? (g as HyoRecord["grade"]) : null;
    } else {
      const field = c.field as Exclude<(typeof EDITABLE_FIELDS)[number], "grade">;
      if (!(field in r.extracted)) r.extracted[field] = r[field];
      r[field] = c.value ?? "";
    }
    r.corrected = true;
    r.flags = r.flags.filter((f) => f.field !== c.field && !(c.field === "grade" && f.code.startsWith("review/grade")));
    applied++;
  }
  for (const v of set.reviews) {
    const r = byId.get(v.recordId);
    if (!r) { skipped.push(`${v.recordId}: no such record (確認済み)`); continue; }
    r.reviewedAt = v.reviewedAt;
    r.flags = r.flags.filter((f) => f.severity === "error");
    applied++;
  }
  const out = records.map((r) => {
    const x = byId.get(r.id)!;
    const result: HyoRecord = { ...x, needsReview: x.flags.some((f) => f.severity !== "info") };
    if (Object.keys(x.extracted).length === 0) delete (result as { extracted?: unknown }).extracted;
    return result;
  });
  return { records: out, applied, skipped };
}

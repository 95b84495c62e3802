/** The run's closing lines: how many records need review, what became of the corrections. */

/** How many records need review. */
export interface ReviewCount {
  readonly records: number;
  readonly needsReview: number;
  /** Records with at least one error flag. */
  readonly errors: number;
}

export function countReview(records: readonly { needsReview: boolean; flags: readonly { severity: string }[] }[]): ReviewCount {
  return {
    records: records.length,
    needsReview: records.filter((r) => r.needsReview).length,
    errors: records.filter((r) => r.flags.some((f) => f.severity === "error")).length,
  };
}

export function sumReview(counts: readonly ReviewCount[]): ReviewCount {
  return counts.reduce((a, c) => ({ records: a.records + c.records, needsReview: a.needsReview + c.needsReview, errors: a.errors + c.errors }), { records: 0, needsReview: 0, errors: 0 });
}

/** `要確認 9/37件 (エラー 4) → output/r2-defects/review.html`: what to open next (the report, else the folder). */
export function reviewLine(c: ReviewCount, open?: string): string {
  return `要確認 ${c.needsReview}/${c.records}件${c.errors ? ` (エラー ${c.errors})` : ""}${open ? ` → ${open}` : ""}`;
}

/** "corrections: 2 applied, 1 skipped (1-①-9: no such record)". */
export function correctionsLine(c: { applied: number; skipped: readonly string[] }): string {
  return `corrections: ${c.applied} applied, ${c.skipped.length} skipped${c.skipped.length ? ` (${c.skipped.join("; ")})` : ""}`;
}

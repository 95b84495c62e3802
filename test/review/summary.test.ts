import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import { correctionsLine, countReview, reviewLine, sumReview } from "../../src/review/summary.js";

describe("the run's closing lines", () => {
  it("counts the records that need review and those with errors on r2-defects (9 injected defects, 4 of them errors)", async () => {
    const { records } = await convert(new Uint8Array(readFileSync("fixtures/pdf/r2-defects.pdf")));
    const c = countReview(records);
    expect(c).toEqual({ records: 37, needsReview: records.filter((r) => r.needsReview).length, errors: records.filter((r) => r.flags.some((f) => f.severity === "error")).length });
    expect(c.needsReview).toBe(9);
    expect(c.errors).toBe(4);
    expect(reviewLine(c, "out/r2-defects/review.html")).toBe(`要確認 9/37件 (エラー ${c.errors}) → out/r2-defects/review.html`);
  }, 60_000);

  it("sums a batch and leaves out a zero error count", () => {
    expect(reviewLine(sumReview([{ records: 37, needsReview: 9, errors: 0 }, { records: 37, needsReview: 0, errors: 0 }]))).toBe("要確認 9/74件");
    expect(correctionsLine({ applied: 2, skipped: ["9-⑨-9: no such record"] })).toBe("corrections: 2 applied, 1 skipped (9-⑨-9: no such record)");
    expect(correctionsLine({ applied: 3, skipped: [] })).toBe("corrections: 3 applied, 0 skipped");
  });
});

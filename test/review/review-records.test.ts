import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import { reviewRecords } from "../../src/review/index.js";
import type { HyoRecord } from "../../src/schema/index.js";

let clean: HyoRecord[] = [];
beforeAll(async () => {
  clean = (await convert(new Uint8Array(readFileSync("fixtures/pdf/r2-lines.pdf")))).records as HyoRecord[];
});

const noContext = () => ({ gradeText: "", overflow: {}, ambiguousBreaks: {}, tableQuality: [] });
/** Reviews the records after `edit` changed record `i` (a copy), with its raw grade text. */
function reviewWith(i: number, edit: Partial<HyoRecord>, gradeText?: string, overflow: Record<string, number> = {}) {
  const records = clean.map((r, k) => (k === i ? { ...r, ...edit } : r));
  const reviewed = reviewRecords(records, (r) => ({ ...noContext(), gradeText: gradeText ?? r.grade ?? "", overflow: r === records[i] ? overflow : {} }));
  return reviewed[i]!;
}
const codes = (r: HyoRecord) => r.flags.filter((f) => f.severity !== "info").map((f) => `${f.severity}:${f.code}`);

describe("reviewRecords on r2-lines", () => {
  it("flags no record of the clean document as needing review", () => {
    const reviewed = reviewRecords(clean, (r) => ({ ...noContext(), gradeText: r.grade ?? "" }));
    expect(reviewed.filter((r) => r.needsReview).map((r) => r.id)).toEqual([]);
    // ③'s four No. 3 rows are one item split per account: information, not a problem.
    expect(reviewed.filter((r) => r.flags.some((f) => f.code === "review/no-split-item"))).toHaveLength(4);
  });

  it.each([
    ["grade E", 0, { grade: null }, "E", ["error:review/grade-invalid"]],
    ["missing grade", 0, { grade: null }, "", ["error:review/grade-missing"]],
    ["empty item", 1, { item: "" }, undefined, ["error:review/empty-required"]],
    ["graded row without Do", 1, { done: "" }, undefined, ["error:review/empty-required"]],
    ["duplicated No.", 1, { no: 1 }, undefined, ["warn:review/no-duplicate"]],
    ["No. gap", 2, { no: 9 }, undefined, ["warn:review/no-gap"]],
  ] as const)("%s → %j", (_what, i, edit, gradeText, expected) => {
    const r = reviewWith(i, edit as Partial<HyoRecord>, gradeText);
    expect(codes(r)).toEqual(expected);
    expect(r.needsReview).toBe(true);
  });

  it("questions an A whose numeric target was missed, and a C whose targets were all met", () => {
    const withMissed = clean.find((r) => r.evaluations.some((e) => e.met === false))!;
    const i = clean.indexOf(withMissed);
    expect(codes(reviewWith(i, { grade: "A" }))).toContain("warn:review/grade-contradicted");
    const allMet = clean.findIndex((r) => r.evaluations.length > 0 && r.evaluations.every((e) => e.met !== false) && r.evaluations.some((e) => e.met === true));
    expect(codes(reviewWith(allMet, { grade: "C" }))).toContain("warn:review/grade-contradicted");
  });

  it("flags text clipped at a cell edge", () => {
    expect(codes(reviewWith(3, {}, undefined, { check: 5 }))).toEqual(["warn:review/clipped-text"]);
  });

  it("flags a line start that may be a bullet or a wrapped 中点", () => {
    const reviewed = reviewRecords(clean, (r) => ({ ...noContext(), gradeText: r.grade ?? "", ambiguousBreaks: (r === clean[2] ? { plan: 1 } : {}) as Record<string, number> }));
    expect(codes(reviewed[2]!)).toEqual(["warn:review/ambiguous-line-break"]);
    expect(reviewed[2]!.flags.find((f) => f.code === "review/ambiguous-line-break")!.field).toBe("plan");
  });
});

import type { ReviewRule } from "../context.js";

/** The grade must be one of A–D: missing or anything else (E, 済, a misread) is an error. */
export const gradeRule: ReviewRule = (r, ctx) => {
  const raw = ctx.gradeText.trim();
  if (r.grade !== null) return [];
  if (raw === "") return [{ code: "review/grade-missing", field: "grade", severity: "error", message: "取組達成度(A〜D)が空欄です" }];
  return [{ code: "review/grade-invalid", field: "grade", severity: "error", message: `取組達成度「${raw}」はA〜Dのいずれでもありません` }];
};

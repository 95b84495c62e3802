import type { ReviewRule } from "../context.js";

/** A grade the numbers contradict: A with a numeric target missed; C or D with every numeric target met. */
export const gradeContradicted: ReviewRule = (r) => {
  const decided = r.evaluations.filter((e) => e.met !== null);
  const missed = decided.filter((e) => e.met === false);
  if (r.grade === "A" && missed.length > 0) {
    return [{ code: "review/grade-contradicted", field: "grade", severity: "warn", message: `評価Aですが数値目標が未達です: ${missed.map((e) => `${e.label} 目標${e.target.raw} 実績${e.actual.raw}`).join("、")}` }];
  }
  if ((r.grade === "C" || r.grade === "D") && decided.length > 0 && missed.length === 0) {
    return [{ code: "review/grade-contradicted", field: "grade", severity: "warn", message: `評価${r.grade}ですが数値目標はすべて達成しています` }];
  }
  return [];
};

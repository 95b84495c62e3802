import type { ReviewRule } from "../context.js";

/** item is always required; a graded row must say what was done. */
export const emptyRequired: ReviewRule = (r) => [
  ...(r.item.trim() === "" ? [{ code: "review/empty-required", field: "item", severity: "error" as const, message: "具体的な取り組み項目が空欄です" }] : []),
  ...(r.grade !== null && r.done.trim() === "" ? [{ code: "review/empty-required", field: "done", severity: "error" as const, message: "取組達成度があるのに取組内容(Do)が空欄です" }] : []),
];

import type { TruthRow } from "../fixtures/truth.js";

/** One defect put into a copy of the truth: which row, what kind, and the review flag that must answer it. */
export interface Injected { row: number; kind: string; expectedFlag: string; field?: string }

type Pick = (r: TruthRow, i: number, rows: TruthRow[]) => boolean;
const free = (used: Set<number>, rows: TruthRow[], pick: Pick) => rows.findIndex((r, i) => !used.has(i) && pick(r, i, rows));

/**
 * The defects a reviewer must be pointed at, each put into a different row chosen by a rule on its content
 * (not by position): grade E, missing grade, empty item, empty Do on a graded row, a No. repeated within a
 * topic, a gap in the No. sequence, an A whose numeric target was missed, a C whose targets were all met.
 * The clipped cell is made at drawing time (see make-defects.ts).
 */
export function injectDefects(rows: TruthRow[]): { rows: TruthRow[]; injected: Injected[] } {
  const out = rows.map((r) => ({ ...r }));
  const used = new Set<number>();
  const injected: Injected[] = [];
  const put = (pick: Pick, kind: string, expectedFlag: string, edit: (r: TruthRow) => void, field?: string) => {
    const i = free(used, out, pick);
    if (i < 0) throw new Error(`no row for ${kind}`);
    used.add(i);
    edit(out[i]!);
    injected.push({ row: i, kind, expectedFlag, ...(field ? { field } : {}) });
  };
  const sameTopic = (a: TruthRow, b: TruthRow | undefined) => b !== undefined && a.basicPolicyNo === b.basicPolicyNo && a.topic === b.topic;
  // Targets with a comparator and a result: the evaluations can contradict a grade.
  put((r) => r.grade === "A" && /以下/.test(r.target), "C grade with every numeric target met", "review/grade-contradicted", (r) => { r.grade = "C"; }, "grade");
  put((r) => r.grade === "B" && /以上/.test(r.target) && /以上/.test(r.plan), "A grade with a numeric target missed", "review/grade-contradicted", (r) => { r.grade = "A"; }, "grade");
  put((r) => r.grade === "B", "grade E", "review/grade-invalid", (r) => { r.grade = "E"; }, "grade");
  put((r) => r.grade === "B", "grade missing", "review/grade-missing", (r) => { r.grade = ""; }, "grade");
  put((r) => r.grade === "B" && r.item.length > 4, "empty item", "review/empty-required", (r) => { r.item = ""; }, "item");
  put((r) => r.grade === "B" && r.done.length > 0, "empty Do on a graded row", "review/empty-required", (r) => { r.done = ""; }, "done");
  put((r, i, rs) => r.no >= 3 && sameTopic(r, rs[i - 1]) && sameTopic(r, rs[i + 1]) && rs[i - 1]!.no === r.no - 1, "No. repeated in a topic", "review/no-duplicate", (r) => { r.no -= 1; }, "no");
  put((r, i, rs) => r.no >= 2 && !sameTopic(r, rs[i + 1]) && rs[i - 1]?.no === r.no - 1, "gap in the No. sequence", "review/no-gap", (r) => { r.no += 2; }, "no");
  return { rows: out, injected };
}

import { topicKeyText } from "../profile/record-key.js";
import type { HyoRecord } from "../schema/index.js";
import type { ComparePair, GradeChange } from "../schema/compare.js";
import { quantityChanges } from "./quantity-changes.js";

/** Fields compared between the two editions of a record (the key fields too: a reworded item shows). */
export const COMPARED_FIELDS = [
  "basicPolicy", "direction", "topic", "item", "departments", "futureDirection", "relatedPlans",
  "target", "plan", "done", "check", "grade", "action",
] as const;

const GRADE_RANK: Readonly<Record<string, number>> = { A: 0, B: 1, C: 2, D: 3 };
const squash = (s: unknown) => String(s ?? "").replace(/\s+/g, "");

/** Everything that differs between two editions of one record. */
export function recordChanges(o: HyoRecord, n: HyoRecord, match: ComparePair["match"], score: number): ComparePair {
  const fields = COMPARED_FIELDS
    .filter((f) => squash(o[f]) !== squash(n[f]))
    .map((f) => ({ field: f, old: String(o[f] ?? ""), new: String(n[f] ?? "") }));
  // Moved: another basic policy, or another topic once the topic's position marker (①…) is set aside.
  const moved = o.basicPolicyNo !== n.basicPolicyNo || topicKeyText(o.topic) !== topicKeyText(n.topic)
    ? { from: `${o.basicPolicyNo ?? "?"} ${o.topic}`, to: `${n.basicPolicyNo ?? "?"} ${n.topic}` } : null;
  const quantities = quantityChanges(o, n);
  return {
    oldId: o.id, newId: n.id, oldKey: o.key, newKey: n.key, topic: n.topic, item: n.item, match, score,
    status: fields.length === 0 ? "unchanged" : "changed",
    moved, fields, grade: gradeChange(o.grade, n.grade), quantities, evaluations: evaluationChanges(o, n),
  };
}

export function gradeChange(old: HyoRecord["grade"], now: HyoRecord["grade"]): GradeChange {
  const change = old === null || now === null ? "unknown"
    : GRADE_RANK[now]! < GRADE_RANK[old]! ? "improved" : GRADE_RANK[now]! > GRADE_RANK[old]! ? "worsened" : "same";
  return { old, new: now, change };
}

/** Target evaluations of the same label in both editions: met last year, missed this year is what a reader looks for. */
function evaluationChanges(o: HyoRecord, n: HyoRecord): ComparePair["evaluations"] {
  const labels = [...new Set([...o.evaluations, ...n.evaluations].map((e) => e.label))];
  return labels.flatMap((label) => {
    const a = o.evaluations.find((e) => e.label === label), b = n.evaluations.find((e) => e.label === label);
    if (!a || !b) return [];
    const change = a.met === null || b.met === null ? "unknown" : a.met && !b.met ? "newly-missed" : !a.met && b.met ? "newly-met" : "same";
    return [{ label, oldMet: a.met, newMet: b.met, change }];
  });
}

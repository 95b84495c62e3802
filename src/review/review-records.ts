import type { HyoRecord } from "../schema/index.js";
import type { ReviewContext, ReviewRule } from "./context.js";
import { gradeContradicted } from "./rules/evaluation.js";
import { ambiguousBreak, clippedText, lowConfidence, repaired, tableQuality } from "./rules/extraction.js";
import { gradeRule } from "./rules/grade.js";
import { numberingRule } from "./rules/numbering.js";
import { emptyRequired } from "./rules/required-fields.js";

export const REVIEW_RULES: readonly ReviewRule[] = [emptyRequired, gradeRule, numberingRule, gradeContradicted, clippedText, ambiguousBreak, lowConfidence, tableQuality, repaired];

/** Records with their flags set; `needsReview` when any flag is an error or a warning. */
export function reviewRecords(records: readonly HyoRecord[], contextOf: (r: HyoRecord, siblings: readonly HyoRecord[]) => Omit<ReviewContext, "siblings">): HyoRecord[] {
  const topics = new Map<string, HyoRecord[]>();
  for (const r of records) {
    const key = `${r.basicPolicyNo}|${r.topic}`;
    topics.set(key, [...(topics.get(key) ?? []), r]);
  }
  return records.map((r) => {
    const siblings = topics.get(`${r.basicPolicyNo}|${r.topic}`)!;
    const ctx: ReviewContext = { siblings, ...contextOf(r, siblings) };
    const flags = REVIEW_RULES.flatMap((rule) => rule(r, ctx));
    return { ...r, flags, needsReview: flags.some((f) => f.severity !== "info") };
  });
}

import { evaluate, parseQuantities } from "../numbers/index.js";
import { parseDepartments, TEXT_FIELDS, type ProfiledRecord } from "../profile/index.js";
import type { HyoRecord } from "../schema/index.js";
import { outputBbox } from "../types/geometry.js";

const GRADE = /^[A-D]$/;

/** A profiled record → the output record: parsed departments, quantities, target/actual evaluations. */
export function assembleRecord(p: ProfiledRecord): HyoRecord {
  const t = (f: string) => p.texts[f] ?? "";
  const quantities: HyoRecord["quantities"] = {};
  for (const f of TEXT_FIELDS) {
    const q = parseQuantities(t(f));
    if (q.length) quantities[f] = q.map((x) => ({ ...x, span: [x.span[0], x.span[1]], normalized: { ...x.normalized } }));
  }
  const cells: HyoRecord["source"]["cells"] = {};
  for (const [field, c] of Object.entries(p.cells)) cells[field] = { page: c.page, bbox: outputBbox(c.bbox) };
  return {
    id: p.id,
    key: p.key,
    basicPolicyNo: p.basicPolicyNo,
    basicPolicy: p.basicPolicy,
    direction: p.direction,
    topic: p.topic,
    no: p.no,
    item: t("item"),
    departments: t("departments"),
    departmentsParsed: parseDepartments(t("departments")),
    futureDirection: t("futureDirection"),
    relatedPlans: t("relatedPlans"),
    target: t("target"),
    plan: t("plan"),
    done: t("done"),
    check: t("check"),
    grade: GRADE.test(p.gradeText) ? (p.gradeText as HyoRecord["grade"]) : null,
    action: t("action"),
    quantities,
    evaluations: evaluate([t("target"), t("plan")], [t("done")]).map((e) => ({ ...e })) as HyoRecord["evaluations"],
    repairs: Object.fromEntries(Object.entries(p.repairs).map(([k, v]) => [k, [...v]])),
    confidence: { ...p.confidence },
    ...(Object.keys(p.lowConfidence).length ? { lowConfidence: Object.fromEntries(Object.entries(p.lowConfidence).map(([k, v]) => [k, [...v]])) } : {}),
    flags: [],
    needsReview: false,
    corrected: false,
    source: { pages: [...p.pages], cells },
  };
}

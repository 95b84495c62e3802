import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/index.js";
import { evaluate, parseQuantities } from "../../src/numbers/index.js";
import type { HyoRecord } from "../../src/schema/index.js";
import { recordKey } from "../../src/profile/record-key.js";

/** A minimal record: what pairing and the changes read, everything else empty. */
function rec(id: string, topic: string, item: string, extra: Partial<HyoRecord> = {}): HyoRecord {
  const done = extra.done ?? "";
  return {
    id, key: recordKey(topic, item, new Map()), basicPolicyNo: 1, basicPolicy: "財政の健全化", direction: "", topic, no: 1, item,
    departments: "", departmentsParsed: { lead: ["財政課"], related: [] }, futureDirection: "", relatedPlans: "", target: "", plan: "",
    done, check: "", grade: "B", action: "",
    quantities: done ? { done: parseQuantities(done).map((q) => ({ ...q, span: [q.span[0], q.span[1]] as [number, number], normalized: { ...q.normalized } })) } : {},
    evaluations: evaluate([extra.target ?? ""], [done]).map((e) => ({ ...e })) as HyoRecord["evaluations"], repairs: {}, confidence: {}, flags: [], needsReview: false, corrected: false, source: { pages: [1], cells: {} },
    ...extra,
  };
}

describe("pairing two editions", () => {
  it("leaves a record unpaired and flagged when two candidates score alike, and never pairs unlike items", () => {
    const old = [rec("1-①-1", "①歳出構造の見直し", "特別会計の効率的な運営(介護保険)")];
    const now = [
      rec("1-①-1", "①歳出構造の見直し", "特別会計の効率的な運営(介護保険事業)"),
      rec("1-①-2", "①歳出構造の見直し", "特別会計の効率的な運営(介護保険会計)"),
      rec("1-①-3", "①歳出構造の見直し", "窓口におけるキャッシュレス決済の導入"),
    ];
    const c = compare(old, now);
    expect(c.pairs).toEqual([]);
    expect(c.ambiguous).toHaveLength(1);
    expect(c.ambiguous[0]!.candidates.map((x) => x.id).sort()).toEqual(["1-①-1", "1-①-2"]);
    expect(c.removed).toEqual([]);
    expect(c.added.map((r) => r.id)).toEqual(["1-①-3"]);
  });

  it("pairs a clear rewording once its rival is taken by an equal key", () => {
    const old = [rec("1-①-1", "①歳出構造の見直し", "基金の確保と活用"), rec("1-①-2", "①歳出構造の見直し", "基金の運用")];
    const now = [rec("1-①-1", "①歳出構造の見直し", "基金の確保と活用"), rec("1-①-2", "①歳出構造の見直し", "基金の適切な運用")];
    const c = compare(old, now);
    expect(c.pairs.map((p) => [p.oldId, p.newId, p.match])).toEqual([["1-①-1", "1-①-1", "key"], ["1-①-2", "1-①-2", "similarity"]]);
  });

  it("reports ▲18.9% → ▲24.6% as −5.7 points and 40.6億円 → 45.2億円 as +4.6億円", () => {
    const o = rec("1-①-1", "①歳出構造の見直し", "健全化判断比率の抑制", { done: "・将来負担比率 ▲18.9%\n・財政調整基金残高40.6億円", grade: "A" });
    const n = rec("1-①-1", "①歳出構造の見直し", "健全化判断比率の抑制", { done: "・将来負担比率 ▲24.6%\n・財政調整基金残高45.2億円", grade: "C" });
    const [p] = compare([o], [n]).pairs;
    expect(p!.quantities.map((q) => [q.label, q.old.raw, q.new.raw, q.difference.value, q.difference.text])).toEqual([
      ["将来負担比率", "▲18.9%", "▲24.6%", -5.7, "−5.7ポイント"],
      ["財政調整基金残高", "40.6億円", "45.2億円", 4.6, "+4.6億円"],
    ]);
    expect(p!.grade).toEqual({ old: "A", new: "C", change: "worsened" });
    expect(p!.fields.map((f) => f.field)).toEqual(["done", "grade"]);
  });

  it("marks a target met last year and missed this year as newly missed", () => {
    const target = "実質公債費比率 6.5%以下";
    const o = rec("1-①-1", "①歳出構造の見直し", "健全化判断比率の抑制", { target, done: "・実質公債費比率 3.7%" });
    const n = rec("1-①-1", "①歳出構造の見直し", "健全化判断比率の抑制", { target, done: "・実質公債費比率 7.2%" });
    const c = compare([o], [n]);
    expect(c.pairs[0]!.evaluations).toEqual([{ label: "実質公債費比率", oldMet: true, newMet: false, change: "newly-missed" }]);
    expect(c.summary.newlyMissed).toBe(1);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { compare } from "../../src/index.js";
import { compareSchema, type CompareFile } from "../../src/schema/compare.js";
import type { HyoRecord, RecordsFile } from "../../src/schema/index.js";
import { convertEditions, loadChanges, PAIR, SEALED_PAIR, type ChangesTruth } from "./editions.js";

/** Every check against the truth of a derived pair; the sealed pair (never looked at while tuning) runs the same. */
describe.each([["tuning pair", PAIR], ["sealed pair", SEALED_PAIR]])("compare on the %s", (_name, file) => {
  const truth: ChangesTruth = loadChanges(file);
  let oldFile: RecordsFile, newFile: RecordsFile, c: CompareFile;
  beforeAll(async () => {
    [oldFile, newFile] = await convertEditions(truth);
    c = compare(oldFile, newFile);
  }, 120_000);

  it("pairs every kept item, reports every added and removed one, and makes no false pair", () => {
    expect(compareSchema.safeParse(c).success).toBe(true);
    const pairs = c.pairs.map((p) => `${p.oldId}→${p.newId}`).sort();
    expect(pairs).toEqual(truth.pairs.map((p) => `${p.oldId}→${p.newId}`).sort());
    expect(c.added.map((r) => r.id).sort()).toEqual(truth.added.map((r) => r.newId).sort());
    expect(c.removed.map((r) => r.id).sort()).toEqual(truth.removed.map((r) => r.oldId).sort());
    expect(c.ambiguous).toEqual([]);
    console.log(`${file}: ${c.summary.paired}/${truth.pairs.length} paired (${c.summary.pairedBySimilarity} by similarity), ` +
      `${c.summary.added}/${truth.added.length} added, ${c.summary.removed}/${truth.removed.length} removed, scores by similarity: ` +
      c.pairs.filter((p) => p.match === "similarity").map((p) => p.score).join(", "));
  });

  it("keeps the key of every item that was not reworded in words or moved, also where its id shifted", () => {
    const byOld = new Map(c.pairs.map((p) => [p.oldId, p]));
    const kept = truth.pairs.filter((p) => p.keyKept);
    for (const t of kept) {
      const p = byOld.get(t.oldId)!;
      expect(p.newKey, t.oldId).toBe(p.oldKey);
      expect(p.match).toBe("key");
    }
    expect(kept.filter((t) => t.oldId !== t.newId).length).toBeGreaterThan(0);
  });

  it("finds the moved item and every grade change", () => {
    const byOld = new Map(c.pairs.map((p) => [p.oldId, p]));
    for (const t of truth.pairs) {
      const p = byOld.get(t.oldId)!;
      expect(p.moved !== null, `${t.oldId} moved`).toBe(t.moved !== null);
      expect([p.grade.old, p.grade.new], t.oldId).toEqual([t.grade.old, t.grade.new]);
      const rank = (g: string) => "ABCD".indexOf(g);
      expect(p.grade.change).toBe(rank(t.grade.new) < rank(t.grade.old) ? "improved" : rank(t.grade.new) > rank(t.grade.old) ? "worsened" : "same");
    }
    const m = c.summary.gradeMatrix;
    for (const g of ["A", "B", "C", "D"] as const) {
      for (const h of ["A", "B", "C", "D"] as const) expect(m[g][h], `${g}→${h}`).toBe(truth.pairs.filter((p) => p.grade.old === g && p.grade.new === h).length);
    }
  });

  it("gives every changed number of the truth as a quantity change, with the difference and its sign", () => {
    const byOld = new Map(c.pairs.map((p) => [p.oldId, p]));
    let n = 0;
    for (const t of truth.pairs) {
      const changes = byOld.get(t.oldId)!.quantities.filter((q) => q.field === "done");
      for (const num of t.numbers) {
        const q = changes.find((x) => x.old.value === num.old.value && x.new.value === num.new.value);
        expect(q, `${t.oldId} ${num.old.raw} → ${num.new.raw}`).toBeDefined();
        const places = Math.max(...[num.old.raw, num.new.raw].map((r) => /\.(\d+)/.exec(r)?.[1]?.length ?? 0));
        expect(q!.difference.value).toBeCloseTo(num.new.value - num.old.value, places + 1);
        expect(q!.difference.unit).toBe(num.unit === "%" ? "ポイント" : num.unit);
        expect(q!.difference.text.startsWith(num.new.value > num.old.value ? "+" : "−")).toBe(true);
        n++;
      }
    }
    expect(n).toBeGreaterThan(30);
  });

  it("pairs the same editions from plain record arrays with the same result", () => {
    const again = compare(oldFile.records as HyoRecord[], newFile.records as HyoRecord[]);
    expect(again.pairs).toEqual(c.pairs);
  });
});

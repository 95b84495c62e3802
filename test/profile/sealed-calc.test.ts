import { beforeAll, describe, expect, it } from "vitest";
import { runCalcFixture, score, squash, type CalcRun } from "./calc-truth.js";

/**
 * calc-jimu-jigyo-sealed: a 事務事業評価 variant (other departments and units, △ for minus, －/… for no value,
 * 8 pt, a misprinted 小計) that was held out while the generic reader was built: run once the code was done.
 */
describe("calc-jimu-jigyo-sealed (held out)", () => {
  let run: CalcRun;
  beforeAll(async () => { run = await runCalcFixture("calc-jimu-jigyo-sealed"); }, 60_000);

  it("meets the bar: ≥ 99 % numeric cells typed right, no structure row among the records, every section and total found", () => {
    const { numeric, fields } = score(run);
    expect(numeric.right / numeric.total).toBeGreaterThanOrEqual(0.99);
    expect(fields.right / fields.total).toBeGreaterThanOrEqual(0.99);
    expect(run.records.map((r) => r.total)).toEqual(run.truth.records.map((t) => t.total));
    expect(run.tables[0]!.sections.map((p) => p.map(squash))).toEqual(run.truth.sections.map((p) => p.map(squash)));
    expect(run.records.map((r) => r.section!.map(squash))).toEqual(run.truth.records.map((t) => t.section.map(squash)));
  });

  it("flags the misprinted 小計 and no other row", () => {
    const flagged = run.records.flatMap((r, i) => r.flags.filter((f) => f.code === "review/total-mismatch").map((f) => [i, squash(f.field!)]));
    expect(flagged).toEqual(run.truth.totalMismatches.map((m) => [m.record, squash(m.column)]));
    expect(run.records.filter((r) => r.needsReview)).toHaveLength(run.truth.totalMismatches.length);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { runCalcFixture, score, squash, type CalcRun } from "./calc-truth.js";

/**
 * Tables of other layouts printed by LibreOffice Calc and Writer (scripts/make-calc-fixtures.ts), read with no profile:
 * every numeric cell typed, no section, header or title row among the records, every section and total found,
 * the misprinted total flagged and no other. (calc-jimu-jigyo-sealed is held out: test/profile/sealed-calc.test.ts.)
 */
describe.each(["calc-jimu-jigyo", "calc-zaisei-shihyo", "calc-gyokaku-marks", "writer-shisetsu-riyou"])("%s (LibreOffice)", (name) => {
  let run: CalcRun;
  beforeAll(async () => { run = await runCalcFixture(name); }, 60_000);

  it("keys the columns by header path, all levels joined with ' / '", () => {
    expect(run.tables).toHaveLength(1);
    expect(run.tables[0]!.headerless).toBe(false);
    expect(run.tables[0]!.columns.map((c) => squash(c.key))).toEqual(run.truth.columns.map(squash));
    for (const r of run.records) expect(Object.keys(r.fields).map(squash)).toEqual(run.truth.columns.map(squash));
  });

  it("gives one record per data or total row: no section, header or title row among them", () => {
    expect(run.records).toHaveLength(run.truth.records.length);
    expect(run.records.map((r) => r.total)).toEqual(run.truth.records.map((t) => t.total));
    const s = score(run);
    expect(s.fields.right).toBe(s.fields.total);
  });

  it("finds every section and puts each record under its section path", () => {
    expect(run.tables[0]!.sections.map((p) => p.map(squash))).toEqual(run.truth.sections.map((p) => p.map(squash)));
    expect(run.records.map((r) => r.section!.map(squash))).toEqual(run.truth.records.map((t) => t.section.map(squash)));
  });

  it("types every numeric cell with its value, sign and the header's or note's multiplier; says which cells have no value", () => {
    const { numeric } = score(run);
    expect(numeric.wrong).toEqual([]);
    expect(numeric.total).toBeGreaterThan(20);
  });

  it("flags the totals that do not add up, naming column, expected and found, and no other", () => {
    const flagged = run.records.flatMap((r, i) => r.flags.filter((f) => f.code === "review/total-mismatch").map((f) => ({ i, f })));
    expect(flagged.map(({ i, f }) => [i, squash(f.field!)])).toEqual(run.truth.totalMismatches.map((m) => [m.record, squash(m.column)]));
    for (const m of run.truth.totalMismatches) {
      const check = Object.entries(run.records[m.record]!.totalCheck!).find(([k]) => squash(k) === squash(m.column))![1];
      expect([check.expected, check.found, check.ok]).toEqual([m.expected, m.found, false]);
      const message = flagged.find(({ i }) => i === m.record)!.f.message;
      expect(message).toContain(m.expected.toLocaleString("en-US"));
      expect(message).toContain(m.found.toLocaleString("en-US"));
    }
    // Every total row was checked on at least one column.
    for (const r of run.records.filter((x) => x.total)) expect(Object.keys(r.totalCheck ?? {}).length).toBeGreaterThan(0);
  });

  it("needs no review where nothing is wrong", () => {
    const wrong = new Set(run.truth.totalMismatches.map((m) => m.record));
    expect(run.records.filter((r, i) => r.needsReview && !wrong.has(i)).map((r) => r.flags)).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { TRUTH_FIELDS } from "../../scripts/bench/scorer/truth-accuracy.js";
import { convert } from "../../src/index.js";
import type { HyoRecord } from "../../src/schema/index.js";

/**
 * The 南アルプス市 table laid out as a Calc sheet and printed by LibreOffice (scripts/make-libreoffice-fixtures.ts):
 * another producer's line breaking (no 行頭禁則: lines may start with 、 or ・), padding, row heights and text
 * layer (runs cut every few glyphs). lo-calc-norules.pdf leaves out inner rules between wide multi-line columns
 * in varying rows. lo-calc-mincho.pdf is sealed: no test reads it.
 */
const truth = JSON.parse(readFileSync("fixtures/gyosei-kaikaku-r2.truth.json", "utf8")) as { rows: Record<string, unknown>[] };
const flat = (v: unknown) => String(v).replace(/\s/g, "");

async function records(name: string): Promise<HyoRecord[]> {
  return (await convert(new Uint8Array(readFileSync(`fixtures/pdf/${name}.pdf`)), { fileName: `${name}.pdf` })).records as HyoRecord[];
}

function exactShare(recs: readonly HyoRecord[]): number {
  let exact = 0;
  truth.rows.forEach((t, i) => { for (const f of TRUTH_FIELDS) if (recs[i]?.[f] === t[f]) exact++; });
  return exact / (truth.rows.length * TRUTH_FIELDS.length);
}

describe.each(["lo-calc-gothic", "lo-calc-norules"])("%s (LibreOffice Calc)", (name) => {
  let recs: HyoRecord[] = [];
  beforeAll(async () => { recs = await records(name); });

  it("finds the 37 records with their ids and grades, ≥ 98.5 % of fields exact", () => {
    expect(recs.map((r) => [r.basicPolicyNo, r.topic, r.no, r.grade])).toEqual(truth.rows.map((t) => [t.basicPolicyNo, t.topic, t.no, t.grade]));
    expect(exactShare(recs)).toBeGreaterThanOrEqual(0.985);
  });

  it("gets every character of every field; only line breaks may differ", () => {
    truth.rows.forEach((t, i) => { for (const f of TRUTH_FIELDS) expect(flat(recs[i]![f]), `row ${i + 1} ${f}`).toBe(flat(t[f])); });
  });

  it("flags the fields where a ・ at a line start may be a wrapped 中点, and those it read as bullets wrongly", () => {
    const ambiguous = recs.flatMap((r) => r.flags.filter((f) => f.code === "review/ambiguous-line-break").map((f) => `${r.id} ${f.field}`));
    expect(ambiguous.length).toBeGreaterThan(0);
    truth.rows.forEach((t, i) => {
      for (const f of TRUTH_FIELDS) {
        const got = String(recs[i]![f]);
        // A 中点 read as a bullet: the truth has "・" mid-line where the extraction starts a line with it.
        if (got !== t[f] && got.replace(/\n・/g, "・") === t[f]) expect(ambiguous, `row ${i + 1} ${f}`).toContain(`${recs[i]!.id} ${f}`);
      }
    });
  });
});

describe("lo-calc-norules: inner rules missing between two wide multi-line columns", () => {
  it("splits each such span into its two columns, lines not interleaved", async () => {
    const recs = await records("lo-calc-norules");
    const pairs = [["futureDirection", "relatedPlans"], ["plan", "done"]] as const;
    truth.rows.forEach((t, i) => {
      for (const pair of pairs) for (const f of pair) expect(flat(recs[i]![f]), `row ${i + 1} ${f}`).toBe(flat(t[f]));
    });
  });
});

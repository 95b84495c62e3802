import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { compare, compareTables, convert, recordsFileOf } from "../../src/index.js";
import type { GenericCompareFile } from "../../src/schema/compare.js";
import type { RecordsFile } from "../../src/schema/index.js";
import { compareCsv } from "../../src/output/compare-csv.js";
import { rowSimilarity } from "../../src/compare/index.js";
import { keyText } from "../../src/profile/record-key.js";

interface FinanceChanges {
  oldPdf: string; newPdf: string;
  pairs: { old: string; new: string }[]; removed: string[]; added: string[];
  commonYears: string[]; changedValues: { row: string; year: string; old: string; new: string }[];
}

describe("compareTables on a 財政指標 table of two editions", () => {
  const truth = JSON.parse(readFileSync("fixtures/compare/zaisei.changes.json", "utf8")) as FinanceChanges;
  let oldFile: RecordsFile, newFile: RecordsFile, c: GenericCompareFile;
  beforeAll(async () => {
    const read = async (f: string) => recordsFileOf(await convert(new Uint8Array(readFileSync(f)), { fileName: f.split("/").pop()! }));
    [oldFile, newFile] = [await read(truth.oldPdf), await read(truth.newPdf)];
    c = compareTables(oldFile, newFile);
  }, 60_000);

  it("pairs the indicators by their row headers, the renamed one by similarity, and reports the added and removed", () => {
    expect(oldFile.profile).toBe("generic");
    expect(c.keyColumns).toEqual({ old: ["指標"], new: ["指標"] });
    expect(c.rows.map((r) => [r.oldLabel, r.newLabel]).sort()).toEqual(truth.pairs.map((p) => [p.old, p.new]).sort());
    expect(c.added.map((r) => r.label)).toEqual(truth.added);
    expect(c.removed.map((r) => r.label)).toEqual(truth.removed);
    expect(c.ambiguous).toEqual([]);
    expect(c.columns.common.filter((col) => col !== "指標")).toEqual(truth.commonYears);
  });

  it("gives the value changes per indicator and year, with the difference", () => {
    const changed = c.rows.flatMap((r) => r.values.filter((v) => v.changed).map((v) => ({ row: r.newLabel, year: v.column, old: v.old, new: v.new, diff: v.quantity?.difference })));
    expect(changed.map(({ diff: _, ...x }) => x)).toEqual(truth.changedValues);
    for (const ch of changed) {
      const old = Number(ch.old!.replace(/[^\d.]/g, "")), now = Number(ch.new!.replace(/[^\d.]/g, ""));
      expect(ch.diff!.value).toBeCloseTo(now - old, 6);
    }
    // Every other common cell is unchanged, its difference zero.
    const same = c.rows.flatMap((r) => r.values.filter((v) => !v.changed && v.old !== null && v.new !== null));
    expect(same.length).toBe(truth.pairs.length * truth.commonYears.length - changed.length);
    expect(same.every((v) => v.quantity?.difference.value === 0)).toBe(true);
    expect(compareCsv(c).trim().split("\r\n")).toHaveLength(1 + c.rows.length * 4 + c.added.length + c.removed.length);
  });

  it("will not compare a table with a gyosei-kaikaku edition", () => {
    expect(() => compare(oldFile, newFile)).toThrow(/generic records/);
  });

  it("scores a qualified row header above the margin and unrelated ones below it", () => {
    expect(rowSimilarity(keyText("実質収支比率"), keyText("実質収支比率(標準財政規模比)"))).toBeGreaterThan(0.6);
    expect(rowSimilarity(keyText("実質収支比率"), keyText("実質公債費比率"))).toBeLessThan(0.6);
  });
});

import { describe, expect, it } from "vitest";
import { noValueMark, parseCellNumber, parseUnitSpec, unitInLabel, unitNote } from "../../src/profile/generic-cell-value.js";
import { inferColumn } from "../../src/profile/generic-columns.js";
import { columnLetter } from "../../src/profile/generic-header.js";
import { buildGenericTables } from "../../src/profile/generic-records.js";
import { SectionPath, sectionLevel } from "../../src/profile/generic-structure.js";
import { checkTotals, type CheckedRow } from "../../src/profile/generic-totals.js";
import type { LogicalTable, TableCell } from "../../src/table/index.js";

/** A logical table from rows of texts (one cell per text, no merges). */
function tableOf(rows: string[][], headerRows = 0): LogicalTable {
  const cells: TableCell[] = rows.flatMap((r, row) => r.map((text, col) => ({
    row, col, rowSpan: 1, colSpan: 1, bbox: [col * 50, row * 20, col * 50 + 50, row * 20 + 20], lines: [], rawText: text, text, overflowChars: 0, ambiguousBreaks: 0, pageNo: 1,
  })));
  return { id: "t1", pages: [1], columnCount: rows[0]!.length, rowCount: rows.length, headerRows, cells, quality: [] };
}

describe("cell values", () => {
  it("reads a whole-cell number with its sign, decimals and unit", () => {
    expect(parseCellNumber("▲1,235")).toEqual({ value: -1235, negative: true, decimals: 0, unit: null });
    expect(parseCellNumber("△0.3")).toMatchObject({ value: -0.3, negative: true, decimals: 1 });
    expect(parseCellNumber("98.5％")).toMatchObject({ value: 98.5, unit: { unit: "%", base: "percent" } });
    expect(parseCellNumber("1,200人")).toMatchObject({ value: 1200, unit: { unit: "人", base: "person" } });
    expect(parseCellNumber("−12")).toMatchObject({ value: -12, negative: true });
    expect(parseCellNumber("100 000")).toMatchObject({ value: 100000 });
    expect(parseCellNumber("12 34")).toBeNull();
  });

  it("does not read codes, dates, ordinals or text as numbers", () => {
    for (const t of ["1-1", "令和2年度", "3年度", "2回目", "第3次", "A", "約束"]) expect(parseCellNumber(t)).toBeNull();
  });

  it("tells 'no value' marks apart from zero and from ×", () => {
    expect(["-", "―", "－", "…", "x", "X"].map(noValueMark)).toEqual(["-", "―", "－", "…", "x", "X"]);
    expect(noValueMark("0")).toBeNull();
    expect(noValueMark("×")).toBeNull();
  });

  it("reads units with their scale from headers and notes", () => {
    expect(parseUnitSpec("千円")).toEqual({ unit: "円", multiplier: 1000, base: "JPY", factor: 1 });
    expect(parseUnitSpec("百万円")).toMatchObject({ unit: "円", multiplier: 1e6 });
    expect(unitInLabel("事業費（千円）")).toMatchObject({ multiplier: 1000, base: "JPY" });
    expect(unitInLabel("達成率(%)")).toMatchObject({ unit: "%", base: "percent" });
    expect(unitInLabel("令和4年度決算")).toBeNull();
    expect(unitNote("（単位：百万円）")).toMatchObject({ multiplier: 1e6, base: "JPY" });
  });
});

describe("columns", () => {
  it("types columns from header and values", () => {
    expect(inferColumn(["番号"], ["1", "2", "3"], null).type).toBe("code");
    expect(inferColumn(["事業費（千円）", "増減"], ["▲1,235", "3,000", "-"], null)).toMatchObject({ type: "money", unitFrom: "header", unit: { multiplier: 1000 } });
    expect(inferColumn(["令和2年度"], ["41,286", "1,200"], parseUnitSpec("百万円"))).toMatchObject({ type: "money", unitFrom: "note" });
    expect(inferColumn(["達成率（%）"], ["98.5", "100.0"], null).type).toBe("percent");
    expect(inferColumn(["人数"], ["12人", "3人"], null).type).toBe("count");
    expect(inferColumn(["進捗"], ["◎", "○", "△", "×"], null).type).toBe("grade");
    expect(inferColumn(["評価"], ["A", "B", "―"], null).type).toBe("grade");
    expect(inferColumn(["実施日"], ["令和5年4月1日", "令和5年6月1日"], null).type).toBe("date");
    expect(inferColumn(["事業名"], ["研修事業", "統計調査"], null).type).toBe("text");
  });

  it("names columns by letter like a spreadsheet", () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});

describe("sections", () => {
  it("nests section titles by their numbering style", () => {
    const p = new SectionPath();
    const paths: string[][] = [];
    for (const t of ["1 行財政運営", "(1) 事務事業", "(2) 組織", "2 協働", "(1) 情報公開", "【普通会計】"]) {
      p.enter(t, sectionLevel(t));
      paths.push(p.path);
    }
    expect(paths).toEqual([["1 行財政運営"], ["1 行財政運営", "(1) 事務事業"], ["1 行財政運営", "(2) 組織"], ["2 協働"], ["2 協働", "(1) 情報公開"], ["2 協働", "(1) 情報公開", "【普通会計】"]]);
  });
});

describe("totals", () => {
  const q = (value: number, decimals = 0) => ({ raw: String(value), span: [0, 1] as [number, number], value, unit: "円", multiplier: 1000, normalized: { value: value * 1000, unit: "JPY" }, negative: value < 0, comparator: null, label: "x", decimals });
  const rec = (v: number, section = ["A"], decimals = 0): CheckedRow => ({ total: null, section, quantities: { x: [q(v, decimals)] } });
  const tot = (v: number, scope: "section" | "table", section: string[], decimals = 0): CheckedRow => ({ total: { scope, section }, section, quantities: { x: [q(v, decimals)] } });

  it("checks 小計 within its section and 合計 over the table, negatives included", () => {
    const rows = [rec(10), rec(-3), tot(7, "section", ["A"]), rec(5, ["B"]), tot(8, "section", ["B"]), tot(12, "table", [])];
    const checks = checkTotals(rows);
    expect(checks.get(2)!.x).toMatchObject({ expected: 7, found: 7, ok: true, addends: 2 });
    expect(checks.get(4)!.x).toMatchObject({ expected: 5, found: 8, ok: false });
    expect(checks.get(5)!.x).toMatchObject({ expected: 12, found: 12, ok: true, addends: 3 });
  });

  it("allows what rounding the printed digits can explain, and no more", () => {
    // 3 values of one decimal: sums may be off by up to 0.05 × 4 = 0.2.
    const rounded = [rec(1.2, ["A"], 1), rec(2.3, ["A"], 1), rec(3.4, ["A"], 1)];
    expect(checkTotals([...rounded, tot(7.0, "table", [], 1)]).get(3)!.x!.ok).toBe(true);
    expect(checkTotals([...rounded, tot(7.1, "table", [], 1)]).get(3)!.x!.ok).toBe(true);
    expect(checkTotals([...rounded, tot(7.3, "table", [], 1)]).get(3)!.x!.ok).toBe(false);
  });

  it("checks a total printed above its rows against the rows below", () => {
    expect(checkTotals([tot(9, "table", []), rec(4, []), rec(5, [])]).get(0)!.x).toMatchObject({ expected: 9, ok: true });
  });
});

describe("generic records of a synthetic table", () => {
  it("keys a headerless table by column letter and says so", () => {
    const { records, tables } = buildGenericTables([tableOf([["北区", "1,200", "3.5"], ["南区", "800", "2.0"], ["東区", "950", "1.5"]], 0)]);
    expect(tables[0]!.headerless).toBe(true);
    expect(Object.keys(records[0]!.fields)).toEqual(["A", "B", "C"]);
    expect(records.map((r) => r.quantities!.B![0]!.value)).toEqual([1200, 800, 950]);
  });

  it("never makes a header row, a title row or a section row a record; a 計 row is a checked total", () => {
    const { records, tables } = buildGenericTables([tableOf([
      ["人口の推移", "", ""], ["地区", "人口（人）", "世帯数"], ["●北部", "", ""], ["北区", "1,200", "500"], ["西区", "300", "120"], ["計", "1,500", "620"],
    ], 1)]);
    expect(records.map((r) => r.fields["地区"])).toEqual(["北区", "西区", "計"]);
    expect(tables[0]!.notes).toEqual(["人口の推移"]);
    expect(records[0]!.section).toEqual(["●北部"]);
    expect(records[0]!.quantities!["人口(人)"] ?? records[0]!.quantities!["人口（人）"]).toMatchObject([{ value: 1200, unit: "人", normalized: { unit: "person" }, unitFrom: "header" }]);
    expect(records[2]!.total).toBe(true);
    expect(records[2]!.totalCheck!["世帯数"]).toMatchObject({ expected: 620, ok: true });
    expect(records[2]!.flags.filter((f) => f.code === "review/total-mismatch")).toEqual([]);
  });

  it("skips the header printed again inside a text table and takes a second header level under a spanning label", () => {
    const cells: TableCell[] = [];
    const add = (row: number, col: number, text: string, colSpan = 1, rowSpan = 1) => cells.push({
      row, col, rowSpan, colSpan, bbox: [col * 50, row * 20, (col + colSpan) * 50, (row + rowSpan) * 20], lines: [], rawText: text, text, overflowChars: 0, ambiguousBreaks: 0, pageNo: 1,
    });
    add(0, 0, "区分", 1, 2); add(0, 1, "人口（人）", 2);
    add(1, 1, "男"); add(1, 2, "女");
    add(2, 0, "北区"); add(2, 1, "1,200"); add(2, 2, "1,300");
    add(3, 0, "区分"); add(3, 1, "男"); add(3, 2, "女");
    add(4, 0, "南区"); add(4, 1, "800"); add(4, 2, "▲5");
    // The table stage saw one header row: the second level is recognised under the spanning 人口（人）.
    const { records, tables } = buildGenericTables([{ id: "t1", pages: [1], columnCount: 3, rowCount: 5, headerRows: 1, cells, quality: [] }]);
    expect(tables[0]!.columns.map((c) => c.key)).toEqual(["区分", "人口（人） / 男", "人口（人） / 女"]);
    expect(records.map((r) => r.fields["区分"])).toEqual(["北区", "南区"]);
    expect(records[1]!.quantities!["人口（人） / 女"]![0]).toMatchObject({ value: -5, negative: true, unit: "人", unitFrom: "header" });
  });

  it("takes bare years for column labels", () => {
    const { records, tables } = buildGenericTables([tableOf([["", "2019", "2020"], ["Sales", "1,200", "1,350"], ["Costs", "800", "910"]], 0)]);
    expect(tables[0]!.headerless).toBe(false);
    expect(tables[0]!.columns.map((c) => c.key)).toEqual(["A", "2019", "2020"]);
    expect(records.map((r) => r.quantities!["2020"]![0]!.value)).toEqual([1350, 910]);
  });

  it("flags characters OCR read with low confidence, text outside its cell and an ambiguous ・ break on the field, and needs review for them", () => {
    const t = tableOf([["品目", "数量"], ["a", "10"], ["b", "11"], ["c", "12"]], 1);
    const cells = t.cells.map((c) => c.row === 1 && c.col === 1 ? { ...c, confidence: 41, lowConfidence: ["1"] }
      : c.row === 2 && c.col === 0 ? { ...c, overflowChars: 3 } : c.row === 3 && c.col === 0 ? { ...c, ambiguousBreaks: 1 } : c);
    const { records } = buildGenericTables([{ ...t, cells }]);
    expect(records.map((r) => r.flags.map((f) => `${f.code}:${f.field}`))).toEqual([["review/low-ocr-confidence:数量"], ["review/clipped-text:品目"], ["review/ambiguous-line-break:品目"]]);
    expect(records[0]!.flags[0]!.message).toContain("「1」");
    expect(records[0]!.confidence).toEqual({ 数量: 41 });
    expect(records[0]!.lowConfidence).toEqual({ 数量: ["1"] });
    expect(records.every((r) => r.needsReview)).toBe(true);
  });

  it("flags an empty cell in an otherwise full column and a non-number in a numeric column", () => {
    const rows = [["品目", "数量"], ...["a", "b", "c", "d", "e", "f"].map((k, i) => [k, String(i + 10)]), ["g", ""], ["h", "1O"], ["i", "3"], ["j", "4"], ["k", "5"]];
    const { records } = buildGenericTables([tableOf(rows, 1)]);
    const flags = records.flatMap((r) => r.flags.map((f) => `${r.fields["品目"]}:${f.code}`));
    expect(flags).toEqual(["g:review/empty-cell", "h:review/unparseable-number"]);
    expect(records.find((r) => r.fields["品目"] === "h")!.needsReview).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { readLayout } from "../../src/profile/generic-layout.js";
import type { LogicalTable, TableCell } from "../../src/table/index.js";

const cell = (row: number, col: number, text: string): TableCell => ({
  row, col, rowSpan: 1, colSpan: 1, bbox: [col * 50, row * 20, col * 50 + 50, row * 20 + 20], lines: [], rawText: text, text,
  overflowChars: 0, ambiguousBreaks: 0, pageNo: 1,
});
/** 年齢3区分別人口: the header labels are age ranges, numbers to a parser. */
const rows = [["年", "0~14歳", "15~64歳", "65歳以上"], ["平成28年", "13.8", "59.9", "26.3"], ["令和2年", "13.1", "57.6", "29.3"]];
const table = (extra: Partial<LogicalTable>): LogicalTable => ({
  id: "t1", pages: [1], columnCount: 4, rowCount: 3, headerRows: 1, quality: [],
  cells: rows.flatMap((r, i) => r.map((t, k) => cell(i, k, t))), ...extra,
});

describe("readLayout", () => {
  it("takes a header closed by a rule of its own even when its labels read as numbers (0~14歳)", () => {
    const layout = readLayout(table({ headerRuled: true }));
    expect(layout.headerless).toBe(false);
    expect(layout.header).toEqual({ start: 0, end: 1 });
    expect(layout.body.map((r) => r.row)).toEqual([1, 2]);
  });
  it("does not take a header guessed from spans that holds numbers", () => {
    expect(readLayout(table({})).header.end).toBe(0);
  });
});

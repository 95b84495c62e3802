import { describe, expect, it } from "vitest";
import { attachCellFlags, checkNumberColumns, NUMBER_AMBIGUOUS_FLAG, NUMBER_REPAIRED_FLAG } from "../../src/pipeline/number-columns.js";
import type { GenericRecord, RecordsFile } from "../../src/schema/index.js";
import type { LogicalTable, TableCell } from "../../src/table/index.js";

/** A two-column table: 事業名 | 決算額（千円）; `ocr` marks the rows read by OCR (they carry a confidence). */
function table(amounts: string[], ocr: boolean[]): LogicalTable {
  const cell = (row: number, col: number, text: string, confidence?: number): TableCell => ({
    row, col, rowSpan: 1, colSpan: 1, bbox: [col * 100, row * 20, col * 100 + 100, row * 20 + 20], lines: [], rawText: text, text,
    overflowChars: 0, ambiguousBreaks: 0, pageNo: 1, ...(confidence !== undefined ? { confidence } : {}),
  });
  const cells = [cell(0, 0, "事業名"), cell(0, 1, "決算額（千円）")];
  amounts.forEach((a, i) => cells.push(cell(i + 1, 0, `事業${i + 1}`, ocr[i] ? 90 : undefined), cell(i + 1, 1, a, ocr[i] ? 90 : undefined)));
  return { id: "t1", pages: [1], columnCount: 2, rowCount: amounts.length + 1, headerRows: 1, cells, quality: [] };
}

const recordsOf = (t: LogicalTable): RecordsFile => ({
  schemaVersion: "1", profile: "generic", source: { file: "x.pdf", sha256: "", pages: 1 },
  document: { title: null, municipality: null, published: null, fiscalYear: null }, warnings: [],
  records: t.cells.filter((c) => c.row > 0 && c.col === 0).map((c): GenericRecord => ({
    id: `r${c.row}`, table: t.id, repairs: {}, flags: [], needsReview: false,
    fields: Object.fromEntries(t.cells.filter((d) => d.row === c.row).map((d) => [String(d.col), d.text])),
    source: { pages: [1], cells: Object.fromEntries(t.cells.filter((d) => d.row === c.row).map((d) => [String(d.col), { page: 1, bbox: [...d.bbox] as [number, number, number, number] }])) },
  })),
});

describe("checkNumberColumns", () => {
  it("repairs OCR'd separators the column settles, keeps the repair and flags the field; text-layer cells stay as drawn", () => {
    const { table: out, flags } = checkNumberColumns(table(["12,480", "6.214", "132.,560", "一", "6.500"], [true, true, true, true, false]));
    expect(out.cells.filter((c) => c.col === 1 && c.row > 0).map((c) => c.text)).toEqual(["12,480", "6,214", "132,560", "-", "6.500"]);
    expect(out.cells.find((c) => c.text === "6,214")?.repairs).toEqual([{ rule: "ocr-number-column", from: "6.214", to: "6,214" }]);
    const file = attachCellFlags(recordsOf(out), flags);
    const byId = new Map((file.records as GenericRecord[]).map((r) => [r.id, r]));
    expect(byId.get("r2")!.flags).toEqual([expect.objectContaining({ code: NUMBER_REPAIRED_FLAG, field: "1", severity: "warn" })]);
    expect(byId.get("r2")!.needsReview).toBe(true);
    expect(byId.get("r4")!.flags).toEqual([expect.objectContaining({ code: NUMBER_REPAIRED_FLAG, severity: "info" })]);
    expect(byId.get("r4")!.needsReview).toBe(false);
    expect(byId.get("r1")!.flags).toEqual([]);
    expect(byId.get("r5")!.flags).toEqual([]);
  });

  it("flags an ambiguous reading as an error with both readings and leaves the value as read", () => {
    const { table: out, flags } = checkNumberColumns(table(["1,250", "6.214", "12.5", "3,400"], [true, true, true, true]));
    expect(out.cells.find((c) => c.row === 2 && c.col === 1)?.text).toBe("6.214");
    expect(flags).toHaveLength(1);
    expect(flags[0]!.flag).toMatchObject({ code: NUMBER_AMBIGUOUS_FLAG, severity: "error" });
    expect(flags[0]!.flag.message).toContain("6,214");
  });
});

import { describe, expect, it } from "vitest";
import { findTables, type PageTable } from "../../src/table/index.js";
import type { PageContent, Segment, TextRun } from "../../src/types/index.js";

const FONT = 10;
/** Helvetica-like advance: half an em per character. */
const ADVANCE = FONT / 2;

/** A text run of `text` at (x, y) with per-character extents, as the text layer gives it. */
const textRun = (text: string, x: number, y: number): TextRun => ({
  text, x, y, width: [...text].length * ADVANCE, height: FONT * 1.15, fontSize: FONT, fontName: "F1",
  chars: [...text].map((_, i) => ({ x0: x + i * ADVANCE, x1: x + (i + 1) * ADVANCE })),
});
/** One row of cells: each [text, x], on the line at y. */
const row = (y: number, cells: [string, number][]): TextRun[] => cells.map(([t, x]) => textRun(t, x, y));
const hRule = (y: number, x1: number, x2: number): Segment => ({ x1, y1: y, x2, y2: y });

const page = (runs: TextRun[], rules: Segment[] = []): PageContent => ({
  pageNo: 1, width: 595, height: 842, runs, rules, source: "text-layer",
  quality: { verdict: "usable", chars: 0, badShare: 0, reason: "" },
});

/** The table as rows of cell texts ("" for an empty slot), spans shown as "text×n". */
function grid(t: PageTable): string[][] {
  const rows = t.rowYs.length - 1, cols = t.colXs.length - 1;
  const out = Array.from({ length: rows }, () => new Array<string>(cols).fill(""));
  for (const c of t.cells) out[c.row]![c.col] = c.colSpan > 1 ? `${c.text}×${c.colSpan}` : c.text;
  return out;
}

/** A paragraph of running text: full-width lines, the last one short. */
const paragraph = (y: number): TextRun[] => [
  "Member states report their releases of pollutants to air, water and land every year; the",
  "register publishes the figures for each facility together with the activity it carries out.",
  "Thresholds apply per pollutant and per medium, as the tables below show.",
].map((t, i) => textRun(t, 72, y + i * 12));

const COUNTRIES: [string, number][] = [["Country", 72], ["2009", 250], ["2010", 330]];
const countryRows = (y: number): TextRun[] => [
  ...row(y, COUNTRIES),
  ...row(y + 14, [["Austria", 72], ["12.5", 250], ["13.1", 330]]),
  ...row(y + 28, [["Belgium", 72], ["8.0", 250], ["7.4", 330]]),
  ...row(y + 42, [["Czech Republic", 72], ["21.9", 250], ["20.2", 330]]),
];

describe("text tables (no vertical rules)", () => {
  it("finds an unruled 4-row, 3-column table with columns from the gutters and a row per baseline", () => {
    const { tables } = findTables(page([...paragraph(100), ...countryRows(200)]));
    expect(tables).toHaveLength(1);
    expect(grid(tables[0]!)).toEqual([
      ["Country", "2009", "2010"],
      ["Austria", "12.5", "13.1"],
      ["Belgium", "8.0", "7.4"],
      ["Czech Republic", "21.9", "20.2"],
    ]);
  });

  it("reads a table ruled only above, below and under its header, with a spanning header cell", () => {
    const runs = [
      ...row(188, [["Releases to air (tonnes)", 240]]),
      ...countryRows(200),
    ];
    const rules = [hRule(185, 70, 360), hRule(212, 70, 360), hRule(258, 70, 360)];
    const { tables } = findTables(page(runs, rules));
    expect(tables).toHaveLength(1);
    expect(grid(tables[0]!)).toEqual([
      ["", "Releases to air (tonnes)×2", ""],
      ["Country", "2009", "2010"],
      ["Austria", "12.5", "13.1"],
      ["Belgium", "8.0", "7.4"],
      ["Czech Republic", "21.9", "20.2"],
    ]);
  });

  it("does not take a paragraph of running text, or a heading over it, for a table", () => {
    const runs = [textRun("1 Introduction", 72, 80), ...paragraph(100), ...paragraph(150)];
    expect(findTables(page(runs)).tables).toEqual([]);
  });

  it("separates two tables set apart by running text", () => {
    const second = [
      ...row(400, [["Pollutant", 72], ["Air", 220], ["Water", 290], ["Land", 360]]),
      ...row(414, [["Arsenic", 72], ["20", 220], ["5", 290], ["5", 360]]),
      ...row(428, [["Cadmium", 72], ["10", 220], ["5", 290], ["5", 360]]),
    ];
    const { tables } = findTables(page([...countryRows(100), ...paragraph(300), ...second]));
    expect(tables.map((t) => [t.rowYs.length - 1, t.colXs.length - 1])).toEqual([[4, 3], [3, 4]]);
    expect(grid(tables[1]!)[0]).toEqual(["Pollutant", "Air", "Water", "Land"]);
  });

  it("keeps a wrapped label line in its row when the other columns are empty", () => {
    const runs = [
      ...countryRows(200),
      ...row(256, [["Other member", 72], ["3.0", 250], ["2.9", 330]]),
      ...row(267, [["states", 72]]),
    ];
    const t = findTables(page(runs)).tables[0]!;
    expect(grid(t)[4]).toEqual(["Other member\nstates", "3.0", "2.9"]);
  });
});

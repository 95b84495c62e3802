import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openPdf, readPage } from "../../src/pdf/index.js";
import { findTables, stitchTables, type LogicalTable, type PageTable } from "../../src/table/index.js";

/** Expected grids are written by the fixture generator from the model it draws (scripts/fixtures/unit-fixtures.ts). */
interface ExpectedCell { text: string; rowSpan: number; colSpan: number }
interface ExpectedGrid { headerRows: number; rows: number; cols: number; grid: (ExpectedCell | null)[][] }
interface Expected {
  pdf: string;
  pages: { page: number; table: ExpectedGrid & { bbox: number[]; xEdges: number[]; yEdges: number[] } }[];
  stitched: ExpectedGrid | null;
}

const load = (name: string) => JSON.parse(readFileSync(`fixtures/unit/${name}.expected.json`, "utf8")) as Expected;

async function pageTables(pdfPath: string): Promise<PageTable[]> {
  const pdf = await openPdf(new Uint8Array(readFileSync(pdfPath)));
  try {
    const out: PageTable[] = [];
    for (let p = 1; p <= pdf.pageCount; p++) out.push(...findTables(await readPage(pdf, p)).tables);
    return out;
  } finally {
    await pdf.close();
  }
}

/** A grid of texts and spans, as the generator describes it; a cell carried over a page break joins the one above. */
function gridOf(cells: readonly { row: number; col: number; rowSpan: number; colSpan: number; text: string; continued?: boolean }[], rows: number, cols: number) {
  const grid: (ExpectedCell | null)[][] = Array.from({ length: rows }, () => new Array(cols).fill(null));
  const origin = new Map<string, ExpectedCell>();
  for (const c of [...cells].sort((a, b) => a.row - b.row || a.col - b.col)) {
    const above = c.continued ? [...origin.entries()].find(([k, v]) => k.endsWith(`:${c.col}:${c.colSpan}`) && v.text === c.text) : undefined;
    if (above) { above[1].rowSpan += c.rowSpan; continue; }
    const cell = { text: c.text, rowSpan: c.rowSpan, colSpan: c.colSpan };
    grid[c.row]![c.col] = cell;
    origin.set(`${c.row}:${c.col}:${c.colSpan}`, cell);
  }
  return grid;
}

const logicalGrid = (t: LogicalTable) => gridOf(t.cells, t.rowCount, t.columnCount);

describe.each(["merged-cell", "header-repeat", "merged-across-pages", "straddle", "rects-vs-lines"])("%s.pdf", (name) => {
  const expected = load(name);

  it("finds one table per page with the drawn rules and grid", async () => {
    const tables = await pageTables(expected.pdf);
    expect(tables.map((t) => t.pageNo)).toEqual(expected.pages.map((p) => p.page));
    tables.forEach((t, i) => {
      const want = expected.pages[i]!.table;
      t.colXs.forEach((x, k) => expect(x).toBeCloseTo(want.xEdges[k]!, 0));
      t.rowYs.forEach((y, k) => expect(y).toBeCloseTo(want.yEdges[k]!, 0));
      expect(gridOf(t.cells, t.rowYs.length - 1, t.colXs.length - 1)).toEqual(want.grid);
    });
  });

  it.runIf(expected.stitched !== null)("stitches pages into the logical table (header once, merged cells carried)", async () => {
    const logical = stitchTables(await pageTables(expected.pdf));
    expect(logical).toHaveLength(1);
    expect(logical[0]!.headerRows).toBe(expected.stitched!.headerRows);
    expect(logicalGrid(logical[0]!)).toEqual(expected.stitched!.grid);
  });
});

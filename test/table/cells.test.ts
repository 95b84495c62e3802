import { describe, expect, it } from "vitest";
import { intersectionsToCells } from "../../src/table/cells.js";
import { segmentsToEdges } from "../../src/table/edges.js";
import { cellsToTables, placeOnGrid } from "../../src/table/grid.js";
import { gridViolations } from "../../src/table/grid-invariant.js";
import { edgesToIntersections } from "../../src/table/intersections.js";
import { DEFAULT_TABLE_SETTINGS } from "../../src/table/settings.js";
import type { Segment } from "../../src/types/index.js";

const hl = (y: number, x1: number, x2: number): Segment => ({ x1, y1: y, x2, y2: y });
const vl = (x: number, y1: number, y2: number): Segment => ({ x1: x, y1, x2: x, y2 });

function grid(segments: Segment[]) {
  const edges = segmentsToEdges(segments, DEFAULT_TABLE_SETTINGS);
  const cells = intersectionsToCells(edgesToIntersections(edges, DEFAULT_TABLE_SETTINGS.intersectionTolerancePt));
  return { cells, tables: cellsToTables(cells) };
}

describe("intersections → cells → grid", () => {
  it("finds the 2×2 cells of a plain grid", () => {
    const { cells } = grid([hl(0, 0, 100), hl(20, 0, 100), hl(40, 0, 100), vl(0, 0, 40), vl(50, 0, 40), vl(100, 0, 40)]);
    expect(cells).toHaveLength(4);
    expect(placeOnGrid(cells).placed.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([[0, 0, 1, 1], [0, 1, 1, 1], [1, 0, 1, 1], [1, 1, 1, 1]]);
  });

  it("keeps a merged cell whole: a rectangle with no rule inside spans rows", () => {
    // Column 0 has no rule at y=20: one cell over both rows.
    const { cells } = grid([hl(0, 0, 100), hl(20, 50, 100), hl(40, 0, 100), vl(0, 0, 40), vl(50, 0, 40), vl(100, 0, 40)]);
    const placed = placeOnGrid(cells).placed.map((c) => [c.row, c.col, c.rowSpan, c.colSpan]);
    expect(placed).toEqual([[0, 0, 2, 1], [0, 1, 1, 1], [1, 1, 1, 1]]);
  });

  it("spans columns where a vertical rule is missing", () => {
    const { cells } = grid([hl(0, 0, 100), hl(20, 0, 100), hl(40, 0, 100), vl(0, 0, 40), vl(50, 20, 40), vl(100, 0, 40)]);
    expect(placeOnGrid(cells).placed.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([[0, 0, 1, 2], [1, 0, 1, 1], [1, 1, 1, 1]]);
  });

  it("gives back the cells a rectangle encloses when the rule under a spanning title stops short of the border", () => {
    // The rule at y=20 starts at x=50: from the top-left corner the smallest rectangle is the whole frame, which
    // holds the two cells found from the inner corners. Those keep their slots; the rest becomes the title row
    // and the stub slot under it, so no slot is covered twice.
    const { cells } = grid([hl(0, 0, 100), hl(20, 50, 100), hl(40, 0, 100), vl(0, 0, 40), vl(50, 20, 40), vl(75, 20, 40), vl(100, 0, 40)]);
    expect(cells).toContainEqual([0, 0, 100, 40]);
    const { placed, colXs, rowYs } = placeOnGrid(cells);
    expect(placed.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([[0, 0, 1, 3], [1, 0, 1, 1], [1, 1, 1, 1], [1, 2, 1, 1]]);
    expect(placed.map((c) => c.bbox)).toEqual([[0, 0, 100, 20], [0, 20, 50, 40], [50, 20, 75, 40], [75, 20, 100, 40]]);
    expect(gridViolations({ rowCount: rowYs.length - 1, columnCount: colXs.length - 1, cells: placed })).toEqual([]);
  });

  it("separates two tables that share no corner", () => {
    const box = (x: number) => [hl(0, x, x + 40), hl(20, x, x + 40), hl(40, x, x + 40), vl(x, 0, 40), vl(x + 40, 0, 40)];
    expect(grid([...box(0), ...box(200)]).tables).toHaveLength(2);
  });
});

describe("table outline", () => {
  it("closes a merged cell whose bottom rule is missing (a rowspan cut by a page break)", async () => {
    const { findTables } = await import("../../src/table/find-tables.js");
    // Column 0 runs to y=60 with no rule under it; column 1 has rows closed at 20, 40, 60.
    const rules = [hl(0, 0, 100), hl(20, 0, 100), hl(40, 50, 100), hl(60, 50, 100), vl(0, 0, 60), vl(50, 0, 60), vl(100, 0, 60)];
    const { tables } = findTables({ pageNo: 1, width: 200, height: 100, runs: [], rules, quality: { verdict: "usable", chars: 0, badShare: 0, reason: "" }, source: "text-layer" });
    expect(tables[0]!.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([[0, 0, 1, 1], [0, 1, 1, 1], [1, 0, 2, 1], [1, 1, 1, 1], [2, 1, 1, 1]]);
  });
});

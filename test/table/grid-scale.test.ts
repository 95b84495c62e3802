import { describe, expect, it } from "vitest";
import { intersectionsToCells } from "../../src/table/cells.js";
import { joinEdges, segmentsToEdges } from "../../src/table/edges.js";
import { edgesToIntersections } from "../../src/table/intersections.js";
import { DEFAULT_TABLE_SETTINGS } from "../../src/table/settings.js";
import { cellsToTables, placeOnGrid } from "../../src/table/grid.js";
import type { Bbox, Segment } from "../../src/types/index.js";

/** A rows × cols grid of 2 pt cells: what a crafted 400×400 ruled page gives (7 KB of PDF). */
function gridCells(rows: number, cols: number, x0 = 0): Bbox[] {
  const cells: Bbox[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells.push([x0 + c * 2, r * 2, x0 + c * 2 + 2, r * 2 + 2]);
  return cells;
}

describe("grid steps on 200k cells (were a copied array per cell and a linear search per edge)", () => {
  it("groups 200k touching cells into one table and a separate grid into another, in well under a second each", () => {
    const cells = [...gridCells(500, 400), ...gridCells(3, 3, 2000)];
    const started = performance.now();
    const tables = cellsToTables(cells);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(tables.map((t) => t.length).sort((a, b) => a - b)).toEqual([9, 200_000]);
  });

  it("a chain of cells touching one corner after another does not recurse", () => {
    // Each cell shares only its top-left corner with the previous one's bottom-right: a 200k-long union chain.
    const chain: Bbox[] = Array.from({ length: 200_000 }, (_, i) => [i, i, i + 1, i + 1]);
    expect(cellsToTables(chain)).toHaveLength(1);
  });

  it("places 200k cells on their rows and columns", () => {
    const started = performance.now();
    const { colXs, rowYs, placed } = placeOnGrid(gridCells(500, 400));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(colXs).toHaveLength(401);
    expect(rowYs).toHaveLength(501);
    expect(placed[0]).toMatchObject({ row: 0, col: 0, rowSpan: 1, colSpan: 1 });
    expect(placed.at(-1)).toMatchObject({ row: 499, col: 399, rowSpan: 1, colSpan: 1 });
    expect(placed[401]).toMatchObject({ row: 1, col: 1 });
  });
});

describe("edges on 200k collinear segments (a path drawn back and forth over one line)", () => {
  it("joins them into one edge in bounded time (grouping copied the list per segment: minutes)", () => {
    const edges = Array.from({ length: 200_000 }, (_, i) => ({ orientation: "h" as const, at: 600, from: 20 + (i % 7), to: 520 - (i % 5) }));
    const started = performance.now();
    const joined = joinEdges(edges, 3);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(joined).toEqual([{ orientation: "h", at: 600, from: 20, to: 520 }]);
  });
});

describe("intersections → cells on a 400×400 grid", () => {
  it("finds all 160,000 cells in bounded time (each point's lists were copied: 18 s a file)", () => {
    const segs: Segment[] = [];
    for (let i = 0; i <= 400; i++) segs.push({ x1: 0, y1: i * 6, x2: 2400, y2: i * 6 }, { x1: i * 6, y1: 0, x2: i * 6, y2: 2400 });
    const started = performance.now();
    const cells = intersectionsToCells(edgesToIntersections(segmentsToEdges(segs, DEFAULT_TABLE_SETTINGS), DEFAULT_TABLE_SETTINGS.intersectionTolerancePt));
    expect(performance.now() - started).toBeLessThan(8000);
    expect(cells).toHaveLength(160_000);
    expect(cells[0]).toEqual([0, 0, 6, 6]);
  });
});

import type { Edge, GridCell, TableQuality } from "./types.js";

/** Share of the cells' border length that lies on a ruling edge. */
export function ruleCoverage(cells: readonly GridCell[], edges: readonly Edge[], tolerance: number): number {
  let total = 0, covered = 0;
  for (const c of cells) {
    const [x0, y0, x1, y1] = c.bbox;
    const sides: Edge[] = [
      { orientation: "h", at: y0, from: x0, to: x1 }, { orientation: "h", at: y1, from: x0, to: x1 },
      { orientation: "v", at: x0, from: y0, to: y1 }, { orientation: "v", at: x1, from: y0, to: y1 },
    ];
    for (const s of sides) {
      total += s.to - s.from;
      covered += coveredLength(s, edges, tolerance);
    }
  }
  return total === 0 ? 0 : covered / total;
}

function coveredLength(side: Edge, edges: readonly Edge[], tolerance: number): number {
  const spans = edges
    .filter((e) => e.orientation === side.orientation && Math.abs(e.at - side.at) <= tolerance)
    .map((e) => [Math.max(e.from, side.from), Math.min(e.to, side.to)] as const)
    .filter(([a, b]) => b > a)
    .sort((a, b) => a[0] - b[0]);
  let len = 0, end = side.from;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    len += b - Math.max(a, end);
    end = b;
  }
  return len;
}

export function tableQuality(cells: readonly GridCell[], glyphsInside: number, glyphsContained: number, splitChars: number, coverage: number): TableQuality {
  return {
    textInsideShare: glyphsInside === 0 ? 1 : glyphsContained / glyphsInside,
    emptyCellShare: cells.length === 0 ? 1 : cells.filter((c) => c.text === "").length / cells.length,
    ruleCoverage: coverage,
    cellCount: cells.length,
    splitChars,
  };
}

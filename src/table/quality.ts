import type { Edge, GridCell, TableQuality } from "./types.js";

/** Share of the cells' border length that lies on a ruling edge. */
export function ruleCoverage(cells: readonly GridCell[], edges: readonly Edge[], tolerance: number): number {
  const byAt = (o: Edge["orientation"]) => edges.filter((e) => e.orientation === o).sort((a, b) => a.at - b.at);
  const h = byAt("h"), v = byAt("v");
  let total = 0, covered = 0;
  for (const c of cells) {
    const [x0, y0, x1, y1] = c.bbox;
    const sides: [Edge, readonly Edge[]][] = [
      [{ orientation: "h", at: y0, from: x0, to: x1 }, h], [{ orientation: "h", at: y1, from: x0, to: x1 }, h],
      [{ orientation: "v", at: x0, from: y0, to: y1 }, v], [{ orientation: "v", at: x1, from: y0, to: y1 }, v],
    ];
    for (const [s, sameWay] of sides) {
      total += s.to - s.from;
      covered += coveredLength(s, sameWay, tolerance);
    }
  }
  return total === 0 ? 0 : covered / total;
}

/** Length of `side` lying on `edges` (its orientation's edges, sorted by position) within `tolerance`. */
function coveredLength(side: Edge, edges: readonly Edge[], tolerance: number): number {
  const spans: (readonly [number, number])[] = [];
  for (let i = firstAtOrAbove(edges, side.at - tolerance); i < edges.length && edges[i]!.at <= side.at + tolerance; i++) {
    const e = edges[i]!;
    const a = Math.max(e.from, side.from), b = Math.min(e.to, side.to);
    if (b > a) spans.push([a, b]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let len = 0, end = side.from;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    len += b - Math.max(a, end);
    end = b;
  }
  return len;
}

/** Index of the first of `edges` (sorted by `at`) with `at` ≥ `v`. */
function firstAtOrAbove(edges: readonly Edge[], v: number): number {
  let lo = 0, hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edges[mid]!.at < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

import type { Bbox } from "../types/index.js";

/** Cells that share a corner belong to one table (pdfplumber's cells_to_tables). Returns groups of cells. */
export function cellsToTables(cells: readonly Bbox[]): Bbox[][] {
  const corners = (c: Bbox) => [`${c[0]},${c[1]}`, `${c[2]},${c[1]}`, `${c[0]},${c[3]}`, `${c[2]},${c[3]}`];
  const parent = cells.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  cells.forEach((c, i) => {
    for (const k of corners(c)) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Bbox[]>();
  cells.forEach((c, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), c]));
  return [...groups.values()];
}

export interface GridPlacement {
  readonly colXs: number[];
  readonly rowYs: number[];
  readonly placed: { bbox: Bbox; row: number; col: number; rowSpan: number; colSpan: number }[];
}

/** Row and column boundaries of a table from its cells, and each cell's row/col and spans. */
export function placeOnGrid(cells: readonly Bbox[]): GridPlacement {
  const colXs = uniqueSorted(cells.flatMap((c) => [c[0], c[2]]));
  const rowYs = uniqueSorted(cells.flatMap((c) => [c[1], c[3]]));
  const idx = (list: number[], v: number) => list.findIndex((x) => Math.abs(x - v) < 0.01);
  const placed = cells.map((bbox) => {
    const col = idx(colXs, bbox[0]);
    const row = idx(rowYs, bbox[1]);
    return { bbox, row, col, colSpan: idx(colXs, bbox[2]) - col, rowSpan: idx(rowYs, bbox[3]) - row };
  });
  const untangled = untangle(placed, colXs, rowYs);
  untangled.sort((a, b) => a.row - b.row || a.col - b.col);
  return { colXs, rowYs, placed: untangled };
}

type Placed = GridPlacement["placed"][number];

/**
 * Cells that cover no slot twice. A rectangle found from a corner whose nearest rules stop short of it (a rule
 * under a spanning header that does not reach the table's border) encloses the cells found from the corners
 * inside it: a title row over column headers comes out as one cell holding the headers. Cells bounded more
 * tightly keep their slots (smaller cells first); what is left of a larger one is cut into rectangles, row by
 * row from its top-left, so every slot it covered stays in exactly one cell and no text is lost.
 */
function untangle(placed: readonly Placed[], colXs: readonly number[], rowYs: readonly number[]): Placed[] {
  const owner = new Set<string>();
  const key = (r: number, k: number) => `${r},${k}`;
  const out: Placed[] = [];
  for (const c of [...placed].sort((a, b) => a.rowSpan * a.colSpan - b.rowSpan * b.colSpan)) {
    const free = (r: number, k: number) => r < c.row + c.rowSpan && k < c.col + c.colSpan && !owner.has(key(r, k));
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      for (let k = c.col; k < c.col + c.colSpan; k++) {
        if (!free(r, k)) continue;
        let width = 1, height = 1;
        while (free(r, k + width)) width++;
        while (Array.from({ length: width }, (_, i) => free(r + height, k + i)).every(Boolean)) height++;
        for (let rr = r; rr < r + height; rr++) for (let kk = k; kk < k + width; kk++) owner.add(key(rr, kk));
        const whole = width === c.colSpan && height === c.rowSpan;
        out.push(whole ? c : { bbox: [colXs[k]!, rowYs[r]!, colXs[k + width]!, rowYs[r + height]!], row: r, col: k, rowSpan: height, colSpan: width });
      }
    }
  }
  return out;
}

function uniqueSorted(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (out.length === 0 || v - out[out.length - 1]! > 0.01) out.push(v);
  return out;
}

import type { Bbox } from "../types/index.js";
import { pointKey } from "./intersections.js";
import type { Intersection } from "./types.js";

/**
 * Intersections → cells, as pdfplumber's intersections_to_cells: from each point, the smallest rectangle
 * whose four corners are intersections joined by edges. A merged cell is a rectangle with no rule inside,
 * so it comes out whole.
 */
export function intersectionsToCells(points: ReadonlyMap<string, Intersection>): Bbox[] {
  const all = [...points.values()].sort((a, b) => a.y - b.y || a.x - b.x);
  // Each column's points in y order and each row's in x order (`all` is sorted so), with every point's place in
  // both: the points below and right of p are the rest of its lists, walked in place (copying them per point
  // was quadratic in the grid's side: 18 s on a 400×400 grid).
  const byX = new Map<number, Intersection[]>();
  const byY = new Map<number, Intersection[]>();
  const place = new Map<Intersection, { col: number; row: number }>();
  const add = (m: Map<number, Intersection[]>, k: number, p: Intersection) => {
    const list = m.get(k);
    if (list) { list.push(p); return list.length - 1; }
    m.set(k, [p]);
    return 0;
  };
  for (const p of all) place.set(p, { col: add(byX, p.x, p), row: add(byY, p.y, p) });
  const shares = (a: ReadonlySet<number>, b: ReadonlySet<number>) => { for (const e of a) if (b.has(e)) return true; return false; };
  const cells: Bbox[] = [];
  for (const p of all) {
    const at = place.get(p)!;
    const cell = findCell(p, byX.get(p.x)!, at.col + 1, byY.get(p.y)!, at.row + 1, points, shares);
    if (cell) cells.push(cell);
  }
  return cells;
}

function findCell(
  p: Intersection,
  column: readonly Intersection[],
  belowFrom: number,
  row: readonly Intersection[],
  rightFrom: number,
  points: ReadonlyMap<string, Intersection>,
  shares: (a: ReadonlySet<number>, b: ReadonlySet<number>) => boolean,
): Bbox | null {
  for (let i = belowFrom; i < column.length; i++) {
    const b = column[i]!;
    if (!shares(p.v, b.v)) continue;
    for (let j = rightFrom; j < row.length; j++) {
      const r = row[j]!;
      if (!shares(p.h, r.h)) continue;
      const br = points.get(pointKey(r.x, b.y));
      if (br && shares(br.v, r.v) && shares(br.h, b.h)) return [p.x, p.y, r.x, b.y];
    }
  }
  return null;
}

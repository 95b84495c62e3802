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
  const byX = new Map<number, Intersection[]>();
  const byY = new Map<number, Intersection[]>();
  const add = (m: Map<number, Intersection[]>, k: number, p: Intersection) => { const list = m.get(k); if (list) list.push(p); else m.set(k, [p]); };
  for (const p of all) {
    add(byX, p.x, p);
    add(byY, p.y, p);
  }
  const shares = (a: ReadonlySet<number>, b: ReadonlySet<number>) => { for (const e of a) if (b.has(e)) return true; return false; };
  const cells: Bbox[] = [];
  for (const p of all) {
    const below = (byX.get(p.x) ?? []).filter((q) => q.y > p.y);
    const right = (byY.get(p.y) ?? []).filter((q) => q.x > p.x);
    const cell = findCell(p, below, right, points, shares);
    if (cell) cells.push(cell);
  }
  return cells;
}

function findCell(
  p: Intersection,
  below: readonly Intersection[],
  right: readonly Intersection[],
  points: ReadonlyMap<string, Intersection>,
  shares: (a: ReadonlySet<number>, b: ReadonlySet<number>) => boolean,
): Bbox | null {
  for (const b of below) {
    if (!shares(p.v, b.v)) continue;
    for (const r of right) {
      if (!shares(p.h, r.h)) continue;
      const br = points.get(pointKey(r.x, b.y));
      if (br && shares(br.v, r.v) && shares(br.h, b.h)) return [p.x, p.y, r.x, b.y];
    }
  }
  return null;
}

import type { Segment } from "../../../src/types/geometry.js";

export const isHorizontal = (s: Segment): boolean => s.y1 === s.y2;

/** How far `found` is from `truth`, in points: the worst of the offset across and either end's offset along. */
export function ruleError(truth: Segment, found: Segment): number {
  if (isHorizontal(truth) !== isHorizontal(found)) return Infinity;
  return isHorizontal(truth)
    ? Math.max(Math.abs(found.y1 - truth.y1), Math.abs(found.x1 - truth.x1), Math.abs(found.x2 - truth.x2))
    : Math.max(Math.abs(found.x1 - truth.x1), Math.abs(found.y1 - truth.y1), Math.abs(found.y2 - truth.y2));
}

/** The offset across of the found rule nearest `truth` (with an overlapping extent), in points. */
export function offsetAcross(truth: Segment, found: readonly Segment[]): number {
  const h = isHorizontal(truth);
  const along = (s: Segment) => (h ? [s.x1, s.x2] : [s.y1, s.y2]) as [number, number];
  const [t0, t1] = along(truth);
  return Math.min(...found.filter((s) => isHorizontal(s) === h && along(s)[0] < t1 && along(s)[1] > t0)
    .map((s) => Math.abs(h ? s.y1 - truth.y1 : s.x1 - truth.x1)));
}

/** Whether some found rule lies along `truth` within `tolPt` and spans it end to end (within `tolPt`). */
export function isCovered(truth: Segment, found: readonly Segment[], tolPt: number): boolean {
  const h = isHorizontal(truth);
  return found.some((s) => isHorizontal(s) === h && (h
    ? Math.abs(s.y1 - truth.y1) <= tolPt && s.x1 <= truth.x1 + tolPt && s.x2 >= truth.x2 - tolPt
    : Math.abs(s.x1 - truth.x1) <= tolPt && s.y1 <= truth.y1 + tolPt && s.y2 >= truth.y2 - tolPt));
}

/** Joins touching collinear pieces (a vector table strokes each cell edge separately) into whole lines. */
export function joinPieces(rules: readonly Segment[]): Segment[] {
  const norm = rules.map((s) => isHorizontal(s)
    ? { x1: Math.min(s.x1, s.x2), y1: s.y1, x2: Math.max(s.x1, s.x2), y2: s.y2 }
    : { x1: s.x1, y1: Math.min(s.y1, s.y2), x2: s.x2, y2: Math.max(s.y1, s.y2) });
  const key = (s: Segment) => (isHorizontal(s) ? [s.y1, s.x1] : [s.x1 + 1e5, s.y1]) as [number, number];
  norm.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
  const out: Segment[] = [];
  for (const s of norm) {
    const last = out.at(-1);
    if (last && isHorizontal(last) === isHorizontal(s) && isHorizontal(s) && Math.abs(last.y1 - s.y1) < 0.5 && s.x1 <= last.x2 + 1) {
      out[out.length - 1] = { ...last, x2: Math.max(last.x2, s.x2) };
    } else if (last && !isHorizontal(last) && !isHorizontal(s) && Math.abs(last.x1 - s.x1) < 0.5 && s.y1 <= last.y2 + 1) {
      out[out.length - 1] = { ...last, y2: Math.max(last.y2, s.y2) };
    } else out.push(s);
  }
  return out;
}

import type { Edge, Intersection } from "./types.js";

/** Points where a vertical edge meets a horizontal one (within `tolerance`), with the edges through each. */
export function edgesToIntersections(edges: readonly Edge[], tolerance: number): Map<string, Intersection> {
  const points = new Map<string, { x: number; y: number; h: Set<number>; v: Set<number> }>();
  edges.forEach((v, vi) => {
    if (v.orientation !== "v") return;
    edges.forEach((h, hi) => {
      if (h.orientation !== "h") return;
      if (v.at < h.from - tolerance || v.at > h.to + tolerance) return;
      if (h.at < v.from - tolerance || h.at > v.to + tolerance) return;
      const key = pointKey(v.at, h.at);
      const p = points.get(key) ?? { x: v.at, y: h.at, h: new Set<number>(), v: new Set<number>() };
      p.h.add(hi);
      p.v.add(vi);
      points.set(key, p);
    });
  });
  return points;
}

export const pointKey = (x: number, y: number): string => `${x.toFixed(3)},${y.toFixed(3)}`;

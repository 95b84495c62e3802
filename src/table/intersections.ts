import type { Edge, Intersection } from "./types.js";

/** Points where a vertical edge meets a horizontal one (within `tolerance`), with the edges through each. */
export function edgesToIntersections(edges: readonly Edge[], tolerance: number): Map<string, Intersection> {
  const points = new Map<string, { x: number; y: number; h: Set<number>; v: Set<number> }>();
  const hs = edges.flatMap((e, i) => (e.orientation === "h" ? [i] : []));
  edges.forEach((v, vi) => {
    if (v.orientation !== "v") return;
    for (const hi of hs) {
      const h = edges[hi]!;
      if (v.at < h.from - tolerance || v.at > h.to + tolerance) continue;
      if (h.at < v.from - tolerance || h.at > v.to + tolerance) continue;
      const key = pointKey(v.at, h.at);
      let p = points.get(key);
      if (!p) points.set(key, (p = { x: v.at, y: h.at, h: new Set<number>(), v: new Set<number>() }));
      p.h.add(hi);
      p.v.add(vi);
    }
  });
  return points;
}

export const pointKey = (x: number, y: number): string => `${x.toFixed(3)},${y.toFixed(3)}`;

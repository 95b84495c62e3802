import type { Segment } from "../types/index.js";
import type { TableSettings } from "./settings.js";
import type { Edge } from "./types.js";
import { appendTo } from "../util/arrays.js";

/** Ruling segments → horizontal/vertical edges, snapped to shared positions and joined where collinear. */
export function segmentsToEdges(segments: readonly Segment[], settings: TableSettings): Edge[] {
  const h: Edge[] = [];
  const v: Edge[] = [];
  for (const s of segments) {
    if (s.y1 === s.y2 && s.x2 - s.x1 >= settings.minEdgeLengthPt) h.push({ orientation: "h", at: s.y1, from: s.x1, to: s.x2 });
    else if (s.x1 === s.x2 && s.y2 - s.y1 >= settings.minEdgeLengthPt) v.push({ orientation: "v", at: s.x1, from: s.y1, to: s.y2 });
  }
  return [...joinEdges(snapEdges(h, settings.snapTolerancePt), settings.joinTolerancePt),
    ...joinEdges(snapEdges(v, settings.snapTolerancePt), settings.joinTolerancePt)];
}

/** Edges whose positions lie within `tolerance` of their neighbour's move to the cluster's mean. */
export function snapEdges(edges: readonly Edge[], tolerance: number): Edge[] {
  const sorted = [...edges].sort((a, b) => a.at - b.at);
  const out: Edge[] = [];
  let cluster: Edge[] = [];
  const flush = () => {
    if (cluster.length === 0) return;
    const mean = cluster.reduce((s, e) => s + e.at, 0) / cluster.length;
    for (const e of cluster) out.push({ ...e, at: mean });
    cluster = [];
  };
  for (const e of sorted) {
    const last = cluster[cluster.length - 1];
    if (last && e.at - last.at > tolerance) flush();
    cluster.push(e);
  }
  flush();
  return out;
}

/** Collinear edges (same `at`) that overlap or nearly touch become one. */
export function joinEdges(edges: readonly Edge[], tolerance: number): Edge[] {
  const byAt = new Map<number, Edge[]>();
  for (const e of edges) appendTo(byAt, e.at, e);
  const out: Edge[] = [];
  for (const group of byAt.values()) {
    group.sort((a, b) => a.from - b.from);
    let cur = group[0]!;
    for (let i = 1; i < group.length; i++) {
      const e = group[i]!;
      if (e.from <= cur.to + tolerance) cur = { ...cur, to: Math.max(cur.to, e.to) };
      else { out.push(cur); cur = e; }
    }
    out.push(cur);
  }
  return out;
}

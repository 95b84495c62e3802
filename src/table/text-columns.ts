import type { TextChunk, TextLine } from "./text-lines.js";

/** A column's x-range: from the gutter on its left to the gutter on its right. */
export interface TextColumn {
  readonly x0: number;
  readonly x1: number;
}

/** Gaps narrower than this (ems) are ragged edges of one column, not a gutter between two. */
const MIN_GUTTER_EM = 0.3;
/**
 * Share of a region's lines that may cross a gutter and leave it a gutter: spanning header cells ("Threshold
 * for releases" over three columns) and a long label running into an empty neighbour. At least one line.
 */
const CROSSING_SHARE = 0.1;

/**
 * Columns from the x-projection of the lines' chunks. The projection counts, at each x, the lines with text
 * there; a gutter is a valley of that count, empty or crossed by at most a few lines, with more lines on
 * both sides. (A column that only a line or two fill is a hill between two empty gutters, so it stays.)
 * One sweep over the chunks' sorted ends: n log n in the number of chunks.
 */
export function textColumns(lines: readonly TextLine[]): TextColumn[] {
  const chunks = lines.flatMap((l) => l.chunks);
  if (chunks.length === 0) return [];
  const allowed = Math.max(1, Math.floor(lines.length * CROSSING_SHARE));
  const minGutter = MIN_GUTTER_EM * median(lines.map((l) => l.fontSize));
  const events = chunks.flatMap((c): [number, number][] => [[c.x0, 1], [c.x1, -1]]).sort((a, b) => a[0] - b[0]);
  const steps: { x0: number; x1: number; depth: number }[] = [];
  let depth = 0;
  events.forEach(([x, d], i) => {
    depth += d;
    const next = events[i + 1];
    if (!next || next[0] <= x) return;
    const last = steps[steps.length - 1];
    if (last && last.depth === depth) last.x1 = next[0];
    else steps.push({ x0: x, x1: next[0], depth });
  });
  const gutters = steps.filter((s, i) => {
    const left = steps[i - 1], right = steps[i + 1];
    return left && right && s.depth <= allowed && left.depth > s.depth && right.depth > s.depth && s.x1 - s.x0 >= minGutter;
  });
  const starts = [steps[0]!.x0, ...gutters.map((g) => g.x1)];
  const ends = [...gutters.map((g) => g.x0), steps[steps.length - 1]!.x1];
  return starts.map((x0, i) => ({ x0, x1: ends[i]! }));
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** Columns a chunk covers: those its x-range overlaps; a chunk inside a gutter goes to the nearest column. */
export function chunkColumns(c: TextChunk, columns: readonly TextColumn[]): [number, number] {
  const over = columns.map((col, i) => (Math.min(c.x1, col.x1) - Math.max(c.x0, col.x0) > 0 ? i : -1)).filter((i) => i >= 0);
  if (over.length) return [over[0]!, over[over.length - 1]!];
  const cx = (c.x0 + c.x1) / 2;
  let best = 0;
  columns.forEach((col, i) => { if (Math.abs((col.x0 + col.x1) / 2 - cx) < Math.abs((columns[best]!.x0 + columns[best]!.x1) / 2 - cx)) best = i; });
  return [best, best];
}

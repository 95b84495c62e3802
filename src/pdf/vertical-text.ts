import type { Bbox, TextRun, VerticalText } from "../types/index.js";

/**
 * Vertical writing (縦書き) drawn in a text layer: glyphs stacked one below the other at the pitch of one em, each
 * alone on its horizontal line. Producers draw it either with a vertical font (Identity-V: TextState makes each
 * glyph a run of its own) or glyph by glyph with a horizontal font (cairo's 官報 pages) — the geometry is the same.
 * Horizontal text never gives this: its glyphs follow each other to the right inside one run.
 */

/** Next glyph of a column: its top between these many ems below the glyph's top (1 em plus the tracking in use). */
const MIN_PITCH_EM = 0.8;
const MAX_PITCH_EM = 1.3;
/** Same column: horizontal centres within this share of an em (vertical glyphs are centred on the column's axis). */
const MAX_AXIS_SHIFT_EM = 0.25;
/**
 * A glyph with another run this close beside it on its line (gap in ems) is horizontal text: glyphs drawn one by one
 * follow each other with no gap, while vertical columns stand at least half an em apart (the line gap).
 */
const MAX_SIDE_GAP_EM = 0.25;
/**
 * Glyphs in a column before it counts: four single glyphs exactly one em apart on one axis. A table column of
 * one-character cells (○, A, 有) has rows taller than 1.3 em, so it never chains.
 */
const MIN_COLUMN_GLYPHS = 4;

interface Glyph { readonly cx: number; readonly top: number; readonly size: number; readonly box: Bbox }

/** The page's vertical writing (its columns' boxes), or undefined when it has none. */
export function findVerticalText(runs: readonly TextRun[]): VerticalText | undefined {
  // Candidates: runs of one visible character (a vertical glyph is always a run of its own) alone on their line.
  const byTop = new Map<number, TextRun[]>();
  for (const r of runs) {
    if (r.text.trim() === "") continue;
    const k = Math.round(r.y);
    const line = byTop.get(k);
    if (line) line.push(r);
    else byTop.set(k, [r]);
  }
  const alone = (r: TextRun): boolean => {
    const k = Math.round(r.y), gap = MAX_SIDE_GAP_EM * r.fontSize;
    for (let d = -1; d <= 1; d++) {
      for (const o of byTop.get(k + d) ?? []) {
        if (o !== r && Math.abs(o.y - r.y) < 0.2 * r.fontSize && o.x < r.x + r.width + gap && o.x + o.width > r.x - gap) return false;
      }
    }
    return true;
  };
  const glyphs: Glyph[] = runs
    .filter((r) => [...r.text.trim()].length === 1 && r.fontSize > 0 && alone(r))
    .map((r) => ({ cx: r.x + r.width / 2, top: r.y, size: r.fontSize, box: [r.x, r.y, r.x + r.width, r.y + r.height] as Bbox }))
    .sort((a, b) => a.cx - b.cx || a.top - b.top);
  const next = new Map<Glyph, Glyph>();
  const hasPrev = new Set<Glyph>();
  // Sorted by axis then top: the glyph below on the same axis is among the following few entries.
  for (let i = 0; i < glyphs.length; i++) {
    const g = glyphs[i]!;
    for (let j = i + 1; j < glyphs.length && glyphs[j]!.cx - g.cx <= MAX_AXIS_SHIFT_EM * g.size; j++) {
      const h = glyphs[j]!;
      const pitch = (h.top - g.top) / g.size;
      if (Math.abs(h.size - g.size) > 0.1 * g.size || hasPrev.has(h)) continue;
      if (pitch >= MIN_PITCH_EM && pitch <= MAX_PITCH_EM) {
        next.set(g, h);
        hasPrev.add(h);
        break;
      }
    }
  }
  const regions: Bbox[] = [];
  let chars = 0;
  for (const head of glyphs) {
    if (hasPrev.has(head)) continue;
    const column: Glyph[] = [head];
    for (let g = next.get(head); g; g = next.get(g)) column.push(g);
    if (column.length < MIN_COLUMN_GLYPHS) continue;
    chars += column.length;
    regions.push([
      Math.min(...column.map((g) => g.box[0])), Math.min(...column.map((g) => g.box[1])),
      Math.max(...column.map((g) => g.box[2])), Math.max(...column.map((g) => g.box[3])),
    ]);
  }
  return chars > 0 ? { chars, regions } : undefined;
}

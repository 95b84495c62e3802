import type { Bbox } from "../types/index.js";
import { glyphsToLines } from "./cell-lines.js";
import type { Glyph } from "./glyphs.js";
import type { GridPlacement } from "./grid.js";
import { returnOverflow, splitMissingRules, typicalTextStart, type PlacedGlyphs } from "./column-alignment.js";
import { readLogicalLines } from "./logical-lines.js";
import type { GridCell } from "./types.js";
import { maxOf, minOf } from "../util/arrays.js";

/** A run starting this far past the column's usual text start still starts "at" it (shifted runs, centring). */
const OVERFLOW_START_SLACK_PT = 4;
/** A glyph sticking out of its cell by more than this share of its own width counts as overflowing. */
const OVERFLOW_SHARE = 0.35;

export interface AssignedText {
  readonly cells: GridCell[];
  /** Glyphs inside the table's box. */
  readonly glyphsInside: number;
  /** Of those, the ones whose box lies wholly inside their cell. */
  readonly glyphsContained: number;
  /** Glyphs split off a run that straddles a vertical rule. */
  readonly splitChars: number;
}

/**
 * Puts each glyph in the cell holding its centre. A run that crosses a vertical rule is thereby split at
 * the rule; the split is counted for the quality report.
 */
export function assignText(grid: GridPlacement, glyphs: readonly Glyph[]): AssignedText {
  const { colXs, rowYs, placed } = grid;
  const cover: number[][] = rowYs.slice(1).map(() => colXs.slice(1).map(() => -1));
  placed.forEach((c, i) => {
    for (let r = c.row; r < c.row + c.rowSpan; r++) for (let k = c.col; k < c.col + c.colSpan; k++) cover[r]![k] = i;
  });
  const perCell: Glyph[][] = placed.map(() => []);
  const runCells = new Map<number, Map<number, number>>();
  let inside = 0, contained = 0;
  for (const g of glyphs) {
    const cx = (g.x0 + g.x1) / 2, cy = (g.top + g.bottom) / 2;
    const col = slot(colXs, cx), row = slot(rowYs, cy);
    if (col < 0 || row < 0) continue;
    const ci = cover[row]![col]!;
    if (ci < 0) continue;
    inside++;
    perCell[ci]!.push(g);
    const b = placed[ci]!.bbox;
    if (g.ch.trim() === "" || !overflows(g, b)) contained++;
    const counts = runCells.get(g.run) ?? new Map<number, number>();
    counts.set(ci, (counts.get(ci) ?? 0) + 1);
    runCells.set(g.run, counts);
  }
  let splitChars = 0;
  for (const counts of runCells.values()) {
    if (counts.size < 2) continue;
    const values = [...counts.values()];
    splitChars += values.reduce((s, v) => s + v, 0) - maxOf(values);
  }
  const withGlyphs: PlacedGlyphs[] = placed.map((p, i) => ({ ...p, glyphs: perCell[i]! }));
  const padding = typicalTextStart(withGlyphs);
  // Overflow goes back before spans are split, so a line spilling into an empty neighbour is not a second column.
  returnOverflow(withGlyphs, padding + OVERFLOW_START_SLACK_PT);
  const read = splitMissingRules(withGlyphs, colXs).map((p) => {
    const lines = glyphsToLines(p.glyphs);
    return { p, lines, logical: readLogicalLines(lines, p.bbox, padding) };
  });
  // One line that starts with 、。ー… after a full line shows the producer wraps without 行頭禁則; then every
  // ・ after a full line may be a wrapped 中点 as well as a bullet, and the cells holding one are ambiguous.
  const noKinsoku = read.some((r) => r.logical.kinsokuViolations > 0);
  const cells = read.map(({ p, lines, logical }): GridCell => {
    const confidences = lines.map((l) => l.confidence).filter((c): c is number => c !== undefined);
    const low = lines.flatMap((l) => l.lowConfidence ?? []);
    return {
      row: p.row, col: p.col, rowSpan: p.rowSpan, colSpan: p.colSpan, bbox: p.bbox, lines,
      rawText: lines.map((l) => l.text).join("\n"),
      text: logical.text,
      ...(confidences.length ? { confidence: minOf(confidences) } : {}),
      ...(low.length ? { lowConfidence: low } : {}),
      overflowChars: p.glyphs.filter((g) => g.ch.trim() !== "" && overflows(g, p.bbox)).length,
      ambiguousBreaks: (noKinsoku ? logical.bulletsAfterFullLine : 0) + logical.longWraps,
    };
  });
  return { cells, glyphsInside: inside, glyphsContained: contained, splitChars };
}

function overflows(g: Glyph, b: Bbox): boolean {
  const w = g.x1 - g.x0, h = g.bottom - g.top;
  return b[0] - g.x0 > w * OVERFLOW_SHARE || g.x1 - b[2] > w * OVERFLOW_SHARE || g.bottom - b[3] > h * OVERFLOW_SHARE || b[1] - g.top > h * OVERFLOW_SHARE;
}

/** Index of the interval of sorted `bounds` holding `v`, or -1 outside. */
function slot(bounds: readonly number[], v: number): number {
  if (v < bounds[0]! || v > bounds[bounds.length - 1]!) return -1;
  for (let i = 1; i < bounds.length; i++) if (v <= bounds[i]!) return i - 1;
  return -1;
}

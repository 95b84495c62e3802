import type { Bbox } from "../types/index.js";
import type { Glyph } from "./glyphs.js";
import { minOf, pushAll } from "../util/arrays.js";

/**
 * Column alignment: columns are a property of the table (the header and the rows that have the rule), not of
 * each row. Two repairs on a row's glyphs, before they become text:
 * - a span with no inner rule whose text sits in two or more column regions, no line crossing between them,
 *   is a missing rule (Excel cells without borders), not a merged cell: it is split at the columns;
 * - a run that starts at its cell's text start and runs on into an empty neighbour is Excel's overflow of a
 *   non-wrapped line: its glyphs go back to the cell it started in.
 */

export interface PlacedGlyphs {
  bbox: Bbox;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  glyphs: Glyph[];
}

/** Glyphs of one line share their vertical centre within half a line. */
function lines(glyphs: readonly Glyph[]): Glyph[][] {
  const out: Glyph[][] = [];
  for (const g of [...glyphs].sort((a, b) => a.top - b.top || a.x0 - b.x0)) {
    const mid = (g.top + g.bottom) / 2;
    const line = out.find((l) => Math.abs((l[0]!.top + l[0]!.bottom) / 2 - mid) < (g.bottom - g.top) / 2);
    if (line) line.push(g);
    else out.push([g]);
  }
  return out;
}

const centre = (g: Glyph) => (g.x0 + g.x1) / 2;
const ink = (g: Glyph) => g.ch.trim() !== "";

/** Gap (ems) between neighbouring glyphs on either side of a boundary below which the text flows across it. */
const FLOW_GAP_EM = 0.5;

/** A line flows across a boundary when a glyph straddles it or the glyphs either side of it nearly touch. */
function flowsAcross(line: readonly Glyph[], boundaries: readonly number[]): boolean {
  const sorted = [...line].sort((a, b) => a.x0 - b.x0);
  return boundaries.some((b) => sorted.some((g, i) => {
    if (g.x0 < b && g.x1 > b) return true;
    const next = sorted[i + 1];
    return next !== undefined && g.x1 <= b && next.x0 >= b && next.x0 - g.x1 < FLOW_GAP_EM * g.fontSize;
  }));
}

/** Splits spans whose text sits in separate columns; other cells are returned as they are. */
export function splitMissingRules(cells: readonly PlacedGlyphs[], colXs: readonly number[]): PlacedGlyphs[] {
  return cells.flatMap((c) => {
    if (c.colSpan < 2) return [c];
    const inner = colXs.slice(c.col + 1, c.col + c.colSpan);
    const region = (x: number) => inner.filter((b) => x > b).length;
    const crosses = lines(c.glyphs.filter(ink)).some((l) => flowsAcross(l, inner));
    const used = new Set(c.glyphs.filter(ink).map((g) => region(centre(g))));
    if (crosses || used.size < 2) return [c];
    return Array.from({ length: c.colSpan }, (_, k): PlacedGlyphs => ({
      bbox: [colXs[c.col + k]!, c.bbox[1], colXs[c.col + k + 1]!, c.bbox[3]],
      row: c.row, col: c.col + k, rowSpan: c.rowSpan, colSpan: 1,
      glyphs: c.glyphs.filter((g) => region(centre(g)) === k),
    }));
  });
}

/**
 * Moves overflowing glyphs back: a run that begins within `textStartPt` of its cell's left edge (where the
 * column's text starts), whose other glyphs landed in cells holding nothing else, and that flows on across
 * the rule. A run whose pieces stand apart at the rule is one text-show operation laying out several cells
 * with spacing offsets ("100 million   -   -"), not an overflow.
 */
export function returnOverflow(cells: PlacedGlyphs[], textStartPt: number): void {
  // The cell holding each run's leftmost glyph (the first such cell on a tie).
  const cellOfRunStart = new Map<number, PlacedGlyphs>();
  const runStartX = new Map<number, number>();
  for (const c of cells) for (const g of c.glyphs) {
    if (g.x0 < (runStartX.get(g.run) ?? Infinity)) { runStartX.set(g.run, g.x0); cellOfRunStart.set(g.run, c); }
  }
  for (const c of cells) {
    const runs = new Set(c.glyphs.map((g) => g.run));
    if (runs.size !== 1) continue;
    const run = [...runs][0]!;
    const home = cellOfRunStart.get(run);
    if (!home || home === c || home.row !== c.row || home.col >= c.col) continue;
    const start = minOf(home.glyphs.filter((g) => g.run === run).map((g) => g.x0));
    if (start - home.bbox[0] > textStartPt) continue; // a run starting mid-cell straddles the rule: split it
    const runGlyphs = [...home.glyphs, ...c.glyphs].filter((g) => g.run === run && ink(g));
    if (!flowsAcross(runGlyphs, [c.bbox[0]])) continue;
    pushAll(home.glyphs, c.glyphs);
    c.glyphs = [];
  }
}

/** The column text's usual distance from the left rule: the median over cells of their first glyph's offset. */
export function typicalTextStart(cells: readonly PlacedGlyphs[]): number {
  const offsets = cells
    .map((c) => c.glyphs.filter(ink).reduce((m, g) => Math.min(m, g.x0 - c.bbox[0]), Infinity))
    .filter((o) => Number.isFinite(o) && o >= 0)
    .sort((a, b) => a - b);
  return offsets.length ? offsets[Math.floor(offsets.length / 2)]! : 0;
}

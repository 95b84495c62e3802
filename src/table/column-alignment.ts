import type { Bbox } from "../types/index.js";
import type { Glyph } from "./glyphs.js";

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
/**
 * Spreadsheets fill a wrapped cell to its right padding, so a full line of one column can end less than
 * FLOW_GAP_EM before the next column's text. A gap of at least TOUCH_GAP_EM between glyphs of two different
 * runs, the right one starting where the table's left padding puts a cell's text after the rule (within START_SLACK_EM), is two
 * cells, not one line: glyphs of one line are never that far apart (letter spacing is ≤ 0.1 em in
 * Japanese text) and the right run sits exactly at the column's padding.
 */
const TOUCH_GAP_EM = 0.15;
const START_SLACK_EM = 0.1;

/**
 * A line flows across a boundary when a glyph straddles it or the glyphs either side of it nearly touch.
 * `textStart` is the table's left padding (where text starts after a rule), when known.
 */
function flowsAcross(line: readonly Glyph[], boundaries: readonly number[], textStart?: number): boolean {
  const sorted = [...line].sort((a, b) => a.x0 - b.x0);
  return boundaries.some((b) => sorted.some((g, i) => {
    if (g.x0 < b && g.x1 > b) return true;
    const next = sorted[i + 1];
    if (next === undefined || g.x1 > b || next.x0 < b) return false;
    const gap = next.x0 - g.x1;
    const em = g.fontSize;
    const startsCell = textStart !== undefined && next.run !== g.run && gap >= TOUCH_GAP_EM * em && Math.abs(next.x0 - (b + textStart)) <= START_SLACK_EM * em;
    return gap < FLOW_GAP_EM * em && !startsCell;
  }));
}

/** Full lines, ending within this many ems of a wrap edge, that show text was wrapped there. */
const MIN_WRAPPED_LINES = 2;
const WRAP_END_SLACK_EM = 1;

/**
 * Text wrapped at the first inner column boundary (not at the span's right edge): every line ends before the
 * boundary and at least two end within an em of it less the padding, where the producer's wrap width ends.
 * A merged cell wraps at its own right edge, so its text passes the inner boundary; this one was laid out in
 * the first column alone, its neighbour empty and the rule between them not drawn.
 */
function wrapsAt(inkLines: readonly Glyph[][], boundary: number, padding: number | undefined): boolean {
  if (padding === undefined || inkLines.length < MIN_WRAPPED_LINES) return false;
  const ends = inkLines.map((l) => l.reduce((m, g) => Math.max(m, g.x1), -Infinity));
  if (ends.some((e) => e > boundary)) return false;
  const em = inkLines[0]![0]!.fontSize;
  return ends.filter((e) => boundary - padding - e <= WRAP_END_SLACK_EM * em).length >= MIN_WRAPPED_LINES;
}

/** Splits spans whose text sits in separate columns; other cells are returned as they are. */
export function splitMissingRules(cells: readonly PlacedGlyphs[], colXs: readonly number[]): PlacedGlyphs[] {
  const padding = sharedLeftPadding(cells);
  return cells.flatMap((c) => {
    if (c.colSpan < 2) return [c];
    const inner = colXs.slice(c.col + 1, c.col + c.colSpan);
    const region = (x: number) => inner.filter((b) => x > b).length;
    const inkLines = lines(c.glyphs.filter(ink));
    const crosses = inkLines.some((l) => flowsAcross(l, inner, padding));
    const used = new Set(c.glyphs.filter(ink).map((g) => region(centre(g))));
    if (crosses || (used.size < 2 && !wrapsAt(inkLines, inner[0]!, padding))) return [c];
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
    const start = Math.min(...home.glyphs.filter((g) => g.run === run).map((g) => g.x0));
    if (start - home.bbox[0] > textStartPt) continue; // a run starting mid-cell straddles the rule: split it
    const runGlyphs = [...home.glyphs, ...c.glyphs].filter((g) => g.run === run && ink(g));
    if (!flowsAcross(runGlyphs, [c.bbox[0]])) continue;
    home.glyphs.push(...c.glyphs);
    c.glyphs = [];
  }
}

/** Offset of a cell's first ink glyph from its left rule, if it has ink. */
function firstInkOffset(c: PlacedGlyphs): number | undefined {
  const o = c.glyphs.filter(ink).reduce((m, g) => Math.min(m, g.x0 - c.bbox[0]), Infinity);
  return Number.isFinite(o) && o >= 0 ? o : undefined;
}

/** Fewest cells that must share an offset for it to count as the table's padding. */
const MIN_PADDING_VOTES = 3;

/**
 * The left padding of the table's left-aligned text: the most common first-glyph offset (to 0.1 pt) among its
 * cells. A spreadsheet pads every cell alike, so left-aligned cells agree to the hundredth of a point while
 * centred and right-aligned ones scatter; undefined when no offset is shared (OCR'd pages, few cells).
 */
function sharedLeftPadding(cells: readonly PlacedGlyphs[]): number | undefined {
  const votes = new Map<number, number>();
  for (const c of cells) {
    const o = firstInkOffset(c);
    if (o !== undefined) votes.set(Math.round(o * 10), (votes.get(Math.round(o * 10)) ?? 0) + 1);
  }
  let best: [number, number] | undefined;
  for (const [k, n] of votes) if (n >= MIN_PADDING_VOTES && (!best || n > best[1])) best = [k, n];
  return best && best[0] / 10;
}

/** The column text's usual distance from the left rule: the median over cells of their first glyph's offset. */
export function typicalTextStart(cells: readonly PlacedGlyphs[]): number {
  const offsets = cells.map(firstInkOffset).filter((o): o is number => o !== undefined).sort((a, b) => a - b);
  return offsets.length ? offsets[Math.floor(offsets.length / 2)]! : 0;
}

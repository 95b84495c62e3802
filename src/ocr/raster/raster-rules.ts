import type { Segment } from "../../types/geometry.js";
import type { BinaryImage } from "./binarize.js";
import { horizontalRuns, verticalRuns, type Runs } from "./long-runs.js";

export interface RasterRuleOptions {
  /** Resolution of the bitmap: 1 pt = dpi / 72 px. */
  readonly dpi: number;
  /** Where the bitmap's top-left corner sits on the page, in points (for a crop). */
  readonly originPt?: { readonly x: number; readonly y: number };
  /**
   * Shortest rule kept. 36 pt (half an inch) is over two full-width characters at 12 pt: the
   * horizontal stroke of 一, ー or a dash is at most one character wide, so a single stroke never
   * reaches it (strokes chained across characters are caught by the ink beside them), while a table
   * cell is rarely narrower.
   */
  readonly minLengthPt?: number;
}

/** Gaps bridged inside a line: dashes and dots of Excel-style borders, toner dropouts (1.5 pt, under a character's side bearings). */
const GAP_PT = 1.5;
/** Ink bands thicker than this are filled areas (a dark header fill), not rules; vector reading skips those too. */
const MAX_THICKNESS_PT = 4;
/** Bands with ink on both sides along more than this share of their length are text, not rules. */
const MAX_INK_BESIDE = 0.1;
/** Ink beside a band is looked for from this far beyond its edges... */
const BESIDE_CLEARANCE_PT = 0.5;
/** ...over this depth. */
const BESIDE_DEPTH_PT = 1.2;
/** Two pieces are one rule when their centres are this close across it... */
const COLLINEAR_PT = 0.75;
/** ...and the gap between them is at most this share of the joined length (or the small gap above). */
const GAP_SHARE = 0.01;

/**
 * Ruling lines of a binarized, deskewed page: long dark horizontal and vertical runs, grouped across
 * neighbouring rows (columns) into bands, each band one segment along its ink-weighted centre line
 * (a 4-px blurred rule gives one segment, not four), collinear pieces joined across small breaks.
 * Bands too thick (fills) or with ink close on both sides all along (text) are dropped.
 * Returns page points, horizontals (top to bottom) then verticals (left to right).
 */
export function findRasterRules(bin: BinaryImage, opts: RasterRuleOptions): Segment[] {
  const pxPerPt = opts.dpi / 72;
  const minPx = (opts.minLengthPt ?? 36) * pxPerPt;
  const gapPx = Math.max(2, Math.round(GAP_PT * pxPerPt));
  // Row runs may be shorter than a rule: a rule's pieces are joined once grouped into bands.
  const runMin = Math.max(4, Math.round(minPx / 2));
  const params: LineParams = {
    minPx, gapPx,
    maxThickPx: MAX_THICKNESS_PT * pxPerPt,
    collinearPx: Math.max(2, COLLINEAR_PT * pxPerPt),
    besideClearancePx: Math.max(1, Math.round(BESIDE_CLEARANCE_PT * pxPerPt)),
    besideDepthPx: Math.max(2, Math.round(BESIDE_DEPTH_PT * pxPerPt)),
  };
  const ox = opts.originPt?.x ?? 0, oy = opts.originPt?.y ?? 0;
  const pt = (px: number) => px / pxPerPt;
  const { width, data } = bin;
  const horizontal = linesOf(horizontalRuns(bin, runMin, gapPx), params, (row, x) => data[row * width + x]!, bin.height)
    .map((b): Segment => ({ x1: ox + pt(b.from), y1: oy + pt(b.centre), x2: ox + pt(b.to), y2: oy + pt(b.centre) }));
  const vertical = linesOf(verticalRuns(bin, runMin, gapPx), params, (col, y) => data[y * width + col]!, width)
    .map((b): Segment => ({ x1: ox + pt(b.centre), y1: oy + pt(b.from), x2: ox + pt(b.centre), y2: oy + pt(b.to) }));
  return [...horizontal, ...vertical];
}

/** A rule in pixels: its centre across, [from, to) along, the lines it covers across. */
interface Band {
  centre: number;
  from: number;
  to: number;
  first: number;
  last: number;
  /** Run length summed over the band's rows: its ink area, for weighting centres. */
  area: number;
}

interface LineParams {
  readonly minPx: number;
  readonly gapPx: number;
  readonly maxThickPx: number;
  readonly collinearPx: number;
  readonly besideClearancePx: number;
  readonly besideDepthPx: number;
}

/** Ink at (line, position along it): row and x for horizontal runs, column and y for vertical ones. */
type InkAt = (line: number, pos: number) => number;

function linesOf(runs: Runs, p: LineParams, inkAt: InkAt, lineCount: number): Band[] {
  const bands = bandsOf(runs, p.gapPx)
    .filter((b) => b.area / (b.to - b.from) <= p.maxThickPx && inkBesideShare(b, p, inkAt, lineCount) <= MAX_INK_BESIDE);
  return joinCollinear(bands, p).filter((b) => b.to - b.from >= p.minPx).sort((a, b) => a.centre - b.centre || a.from - b.from);
}

/** Groups runs on neighbouring lines that overlap (or nearly: a slightly tilted thin rule is a staircase) into bands. */
function bandsOf(runs: Runs, gapPx: number): Band[] {
  const n = runs.line.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; }
    return i;
  };
  let prevFrom = 0, prevTo = 0;
  for (let i = 0; i < n; ) {
    const line = runs.line[i]!;
    let j = i;
    while (j < n && runs.line[j] === line) j++;
    if (prevTo > prevFrom && runs.line[prevFrom] === line - 1) {
      let p = prevFrom;
      for (let k = i; k < j; k++) {
        while (p < prevTo && runs.end[p]! + gapPx < runs.start[k]!) p++;
        for (let q = p; q < prevTo && runs.start[q]! <= runs.end[k]! + gapPx; q++) parent[root(k)] = root(q);
      }
    }
    prevFrom = i; prevTo = j; i = j;
  }
  const byRoot = new Map<number, Band & { weighted: number }>();
  for (let i = 0; i < n; i++) {
    const len = runs.end[i]! - runs.start[i]!;
    const r = root(i);
    const b = byRoot.get(r);
    const centre = runs.line[i]! + 0.5;
    if (!b) byRoot.set(r, { centre, from: runs.start[i]!, to: runs.end[i]!, first: runs.line[i]!, last: runs.line[i]!, area: len, weighted: centre * len });
    else {
      b.first = Math.min(b.first, runs.line[i]!);
      b.last = Math.max(b.last, runs.line[i]!);
      b.from = Math.min(b.from, runs.start[i]!);
      b.to = Math.max(b.to, runs.end[i]!);
      b.area += len;
      b.weighted += centre * len;
    }
  }
  return [...byRoot.values()].map(({ weighted, ...b }) => ({ ...b, centre: weighted / b.area }));
}

/**
 * The share of a band's length where ink lies on both sides of it, within a few pixels. Text strokes
 * in a line (基金残高: the horizontal strokes of neighbouring kanji) can chain into a long thin band,
 * but the characters' other strokes sit above and below it nearly everywhere (40–70% of its length on
 * a real page); a rule has ink on both sides only where another rule crosses it (under 5%).
 */
function inkBesideShare(b: Band, p: LineParams, inkAt: InkAt, lineCount: number): number {
  const before = b.first - p.besideClearancePx, after = b.last + p.besideClearancePx, depth = p.besideDepthPx;
  if (before - depth < 0 || after + depth > lineCount) return 0;
  let both = 0;
  for (let pos = b.from; pos < b.to; pos++) {
    let above = 0, below = 0;
    for (let d = 0; d < depth; d++) { above |= inkAt(before - d, pos); below |= inkAt(after + d, pos); }
    both += above & below;
  }
  return both / (b.to - b.from);
}

/** Joins pieces of one broken rule: centres within `collinearPx`, gap within a few px or 1% of the joined length. */
function joinCollinear(bands: Band[], p: LineParams): Band[] {
  const joined: Band[] = [];
  for (const b of [...bands].sort((x, y) => x.from - y.from)) {
    const into = joined.find((m) => Math.abs(m.centre - b.centre) <= p.collinearPx
      && b.from - m.to <= Math.max(p.gapPx, GAP_SHARE * (Math.max(m.to, b.to) - m.from)));
    if (!into) { joined.push({ ...b }); continue; }
    into.centre = (into.centre * into.area + b.centre * b.area) / (into.area + b.area);
    into.to = Math.max(into.to, b.to);
    into.area += b.area;
  }
  return joined;
}

import type { GreyImage } from "./grey-image.js";

/**
 * Vertical writing (縦書き) in a cell's ink, for a page with no text layer to show it: tesseract's jpn model reads
 * lines left to right, so vertical text comes out as garbage and must be flagged. Between vertical columns lies
 * the line gap (about half an em), between the glyphs stacked in a column only their side bearings; horizontal
 * text is the other way round. So a cell is vertical when its ink splits, along x, into bands that are tall and
 * narrow (columns) with gaps wider than those between its rows of glyphs. Measured on 官報 pages and on tables of
 * horizontal text (the r2 fixtures, unit tables, ministry tables): no horizontal cell has most of its x-bands tall.
 */

/** A column is at least this many times taller than wide: three stacked glyphs (a word is wider than tall). */
const MIN_COLUMN_ASPECT = 2.5;
/** Columns in the cell: two could be a pair of tall symbols; the 官報's narrowest vertical cells have six. */
const MIN_COLUMNS = 3;
/** Share of the x-bands that must be columns (horizontal text can have a few tall bands: aligned glyphs, a |). */
const MIN_COLUMN_SHARE = 0.6;
/** The gap between columns must be this many times the gap between stacked glyphs. */
const MIN_GAP_RATIO = 2;
/** A pixel darker than this is ink (cell images are black ink on white paper). */
const INK_LEVEL = 128;

interface Band { readonly start: number; readonly end: number }

function bands(hasInk: (i: number) => boolean, length: number): Band[] {
  const out: Band[] = [];
  let start = -1;
  for (let i = 0; i <= length; i++) {
    const ink = i < length && hasInk(i);
    if (ink && start < 0) start = i;
    else if (!ink && start >= 0) { out.push({ start, end: i }); start = -1; }
  }
  return out;
}

const medianGap = (b: readonly Band[]): number => {
  const gaps = b.slice(1).map((q, i) => q.start - b[i]!.end).sort((x, y) => x - y);
  return gaps.length === 0 ? 0 : gaps[Math.floor(gaps.length / 2)]!;
};

/** The cell's vertical columns and an estimate of their glyphs (one per column width of height), or undefined. */
export function verticalColumns(img: GreyImage): { columns: number; glyphs: number } | undefined {
  const { width: w, height: h, data } = img;
  const top = new Int32Array(w).fill(h), bottom = new Int32Array(w).fill(-1);
  const rowInk = new Uint8Array(h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (data[y * w + x]! >= INK_LEVEL) continue;
      rowInk[y] = 1;
      if (y < top[x]!) top[x] = y;
      bottom[x] = y;
    }
  }
  const xBands = bands((x) => bottom[x]! >= 0, w);
  const yBands = bands((y) => rowInk[y] === 1, h);
  let columns = 0, glyphs = 0;
  for (const b of xBands) {
    let t = h, u = -1;
    for (let x = b.start; x < b.end; x++) { t = Math.min(t, top[x]!); u = Math.max(u, bottom[x]!); }
    const width = b.end - b.start, height = u - t + 1;
    if (height >= MIN_COLUMN_ASPECT * width) { columns++; glyphs += Math.round(height / width); }
  }
  // Stacked glyphs leave blank rows between them (yBands ≥ 2) that are narrower than the gaps between columns.
  const vertical = columns >= MIN_COLUMNS && columns >= MIN_COLUMN_SHARE * xBands.length && yBands.length >= 2
    && medianGap(xBands) >= MIN_GAP_RATIO * medianGap(yBands);
  return vertical ? { columns, glyphs } : undefined;
}

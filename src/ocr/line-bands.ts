import type { GreyImage } from "./raster/grey-image.js";

/** A text line of a cell image: its rows, half-open. */
export interface LineBand {
  readonly y0: number;
  readonly y1: number;
}

/** Darker than this (0–255) is ink in a cell image, which is already stretched to black ink on white (cell-image.ts). */
const INK_LEVEL = 128;
/**
 * A band this many times the cell's typical line height holds two lines that touch (toner bleed, a descender
 * meeting the next line's top): it is cut at its emptiest row. 1.6: one line of mixed glyphs (ascii, kanji,
 * brackets) is at most ~1.3× another's height; two lines are 2×.
 */
const MERGED_LINES = 1.6;
/** The emptiest row of a merged band is a cut only if it holds at most this share of the band's fullest row. */
const CUT_ROW_SHARE = 0.25;
/** A band under this share of the typical line height is part of a line (a ・ or an underline), not one. */
const PART_OF_LINE = 0.4;

/**
 * The lines of a cell image from its row profile: runs of rows with ink, touching lines cut at their emptiest
 * row, fragments joined to their nearest line. In reading order (top to bottom) by construction.
 * `lineHeight` is the page's usual line height in pixels (pageLineHeight): a cell whose lines all touch has no
 * line height of its own to judge by.
 */
export function lineBands(img: GreyImage, lineHeight?: number): LineBand[] {
  const counts = rowInk(img);
  let bands = inkRuns(counts);
  if (bands.length === 0) return [];
  const typical = lineHeight ?? typicalHeight(bands);
  bands = bands.flatMap((b) => cutMerged(b, counts, typical));
  return joinFragments(bands, typicalHeight(bands));
}

/** The median height of the ink runs of a page's cell images: its usual line height, in pixels. */
export function pageLineHeight(images: readonly GreyImage[]): number | undefined {
  const heights = images.flatMap((img) => { const runs = inkRuns(rowInk(img)); return runs.length ? [typicalHeight(runs)] : []; }).sort((a, b) => a - b);
  return heights.length ? heights[(heights.length - 1) >> 1] : undefined;
}

function rowInk(img: GreyImage): Uint32Array {
  const counts = new Uint32Array(img.height);
  for (let y = 0; y < img.height; y++) {
    let n = 0;
    for (let x = 0, i = y * img.width; x < img.width; x++, i++) if (img.data[i]! < INK_LEVEL) n++;
    counts[y] = n;
  }
  return counts;
}

/** Runs of rows holding ink. */
function inkRuns(counts: Uint32Array): { y0: number; y1: number }[] {
  const runs: { y0: number; y1: number }[] = [];
  for (let y = 0; y < counts.length; y++) {
    if (counts[y] === 0) continue;
    const last = runs[runs.length - 1];
    if (last && last.y1 === y) last.y1 = y + 1;
    else runs.push({ y0: y, y1: y + 1 });
  }
  return runs;
}

/** The median height of the bands that are at least half the tallest one's (fragments do not pull it down). */
function typicalHeight(bands: readonly { y0: number; y1: number }[]): number {
  const heights = bands.map((b) => b.y1 - b.y0);
  const tallest = heights.reduce((m, h) => Math.max(m, h), 0);
  const lines = heights.filter((h) => h >= tallest / 2).sort((a, b) => a - b);
  return lines[(lines.length - 1) >> 1]!;
}

function cutMerged(band: { y0: number; y1: number }, counts: Uint32Array, typical: number): { y0: number; y1: number }[] {
  const h = band.y1 - band.y0;
  if (h < MERGED_LINES * typical) return [band];
  const lines = Math.round(h / typical);
  if (lines < 2) return [band];
  let fullest = 0;
  for (let y = band.y0; y < band.y1; y++) fullest = Math.max(fullest, counts[y]!);
  // Cut near where a line of the typical height would end, at the emptiest row within a third of a line of it.
  const cuts: number[] = [];
  for (let k = 1; k < lines; k++) {
    const expected = band.y0 + Math.round((k * h) / lines);
    const reach = Math.max(1, Math.round(typical / 3));
    let best = -1;
    for (let y = Math.max(band.y0 + 1, expected - reach); y <= Math.min(band.y1 - 2, expected + reach); y++) if (best < 0 || counts[y]! < counts[best]!) best = y;
    if (best > 0 && counts[best]! <= CUT_ROW_SHARE * fullest) cuts.push(best);
  }
  const out: { y0: number; y1: number }[] = [];
  let from = band.y0;
  for (const c of cuts) { if (c > from) { out.push({ y0: from, y1: c }); from = c; } }
  out.push({ y0: from, y1: band.y1 });
  return out;
}

function joinFragments(bands: { y0: number; y1: number }[], typical: number): LineBand[] {
  const out = bands.map((b) => ({ ...b }));
  for (let i = 0; i < out.length;) {
    const b = out[i]!;
    if (out.length === 1 || b.y1 - b.y0 >= PART_OF_LINE * typical) { i++; continue; }
    const above = out[i - 1], below = out[i + 1];
    const gapAbove = above ? b.y0 - above.y1 : Infinity, gapBelow = below ? below.y0 - b.y1 : Infinity;
    const into = gapAbove <= gapBelow ? above! : below!;
    into.y0 = Math.min(into.y0, b.y0);
    into.y1 = Math.max(into.y1, b.y1);
    out.splice(i, 1);
  }
  return out;
}

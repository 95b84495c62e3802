import { binarizeGlyphs } from "./binarize.js";
import { connectedComponents, type Blob } from "./components.js";
import type { GreyImage, PixelBox } from "./grey-image.js";
import { pushAll } from "../../util/arrays.js";

/** ▲ (filled) and △ (outline): how Japanese budget tables write a negative amount, ▲1,234. */
export type TriangleSign = "▲" | "△";

export interface TriangleMatch {
  readonly sign: TriangleSign;
  /** The triangle's box in the crop's pixels. */
  readonly box: PixelBox;
}

/** Blobs smaller than this are dust, not glyphs. */
const MIN_AREA_PX = 6;
/** A triangle is this tall relative to the number's digits (a full-width ▲ is a little taller or shorter depending on the font). */
const MIN_HEIGHT_RATIO = 0.5, MAX_HEIGHT_RATIO = 1.6;
/** The sign sits within this many digit heights of the number's left edge. */
const MAX_GAP_RATIO = 1.2;
/** ▲ fills its outline nearly solid; △ leaves a hole. Measured between each row's leftmost and rightmost ink. */
const FILLED_MIN = 0.85;

/**
 * A triangle sign just left of a number, which OCR models read as A, 人, ム or nothing. `numberBox`
 * is the OCR box of the number's first digit or word in the crop's pixels (it may itself start with
 * the misread sign); without it, the crop's leftmost glyph is tested. Null when there is no triangle.
 */
export function findTriangleSign(crop: GreyImage, numberBox?: PixelBox): TriangleMatch | null {
  if (crop.width === 0 || crop.height === 0) return null;
  const bin = binarizeGlyphs(crop);
  const blobs = connectedComponents(bin).filter((b) => b.pixels.length >= MIN_AREA_PX);
  for (const { blob, digitHeight } of candidates(glyphs(blobs), numberBox)) {
    const sign = triangleSign(blob, crop.width, digitHeight);
    if (sign) return { sign, box: blob.box };
  }
  return null;
}

const height = (b: PixelBox) => b.y1 - b.y0;
const width = (b: PixelBox) => b.x1 - b.x0;
const overlapY = (a: PixelBox, b: PixelBox) => Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);

/**
 * Blobs stacked over each other joined into one glyph, in reading order: a faint, thin △ may break
 * at its corners into pieces that share one column range (digits and commas do not).
 */
function glyphs(blobs: readonly Blob[]): Blob[] {
  const out: { box: PixelBox; pixels: number[] }[] = [];
  for (const b of [...blobs].sort((p, q) => p.box.x0 - q.box.x0)) {
    const shared = (g: { box: PixelBox }) => Math.min(g.box.x1, b.box.x1) - Math.max(g.box.x0, b.box.x0);
    const into = out.find((g) => shared(g) >= 0.5 * Math.min(width(g.box), width(b.box)));
    if (!into) { out.push({ box: b.box, pixels: [...b.pixels] }); continue; }
    into.box = { x0: Math.min(into.box.x0, b.box.x0), y0: Math.min(into.box.y0, b.box.y0), x1: Math.max(into.box.x1, b.box.x1), y1: Math.max(into.box.y1, b.box.y1) };
    pushAll(into.pixels, b.pixels);
  }
  return out;
}

/** The blobs that could be the sign, most likely first, each with the digit height to compare it with. */
function candidates(blobs: readonly Blob[], numberBox: PixelBox | undefined): { blob: Blob; digitHeight: number }[] {
  const byX = [...blobs].sort((a, b) => a.box.x0 - b.box.x0);
  if (!numberBox) {
    const first = byX[0];
    if (!first) return [];
    // Digits are the blobs on the same line as the first glyph; their median height is the scale.
    const line = byX.slice(1).filter((b) => overlapY(b.box, first.box) > 0.5 * Math.min(height(b.box), height(first.box)));
    const heights = line.map((b) => height(b.box)).sort((a, b) => a - b);
    return [{ blob: first, digitHeight: heights[Math.floor(heights.length / 2)] ?? height(first.box) }];
  }
  const h = height(numberBox);
  const onLine = byX.filter((b) => overlapY(b.box, numberBox) > 0.5 * Math.min(height(b.box), h));
  // Tesseract's symbol boxes in Japanese text are often a glyph off (the box of "1" covering the 8), so every
  // glyph from a little left of the number to its box's right edge is a candidate, nearest to the box's left first.
  const near = onLine
    .filter((b) => b.box.x1 >= numberBox.x0 - MAX_GAP_RATIO * h && b.box.x0 < numberBox.x1)
    .sort((a, b) => Math.abs(a.box.x0 - numberBox.x0) - Math.abs(b.box.x0 - numberBox.x0));
  return near.map((blob) => ({ blob, digitHeight: h }));
}

/**
 * Whether a blob is an apex-up triangle, and filled or not. A triangle's rows widen steadily from
 * the apex, both sides straight and symmetric, down to a solid bottom edge spanning its whole width.
 * That rules out A and 人 (two legs, no bottom edge), ム (its right side is not a straight line),
 * 4 (a stem for a bottom), and round digits (wide at the top).
 */
function triangleSign(blob: Blob, imageWidth: number, digitHeight: number): TriangleSign | null {
  const { box } = blob;
  const h = height(box), w = width(box);
  if (h < 5 || h < MIN_HEIGHT_RATIO * digitHeight || h > MAX_HEIGHT_RATIO * digitHeight) return null;
  if (w < 0.8 * h || w > 1.7 * h) return null;
  const left = new Array<number>(h).fill(Infinity), right = new Array<number>(h).fill(-Infinity), ink = new Array<number>(h).fill(0);
  // Each side's edge from the pixels on its own half: a thin, faint outline may lose a row on one side.
  const mid = (box.x0 + box.x1 - 1) / 2;
  const leftSide = new Array<number>(h).fill(NaN), rightSide = new Array<number>(h).fill(NaN);
  for (const i of blob.pixels) {
    const x = i % imageWidth, r = (i - x) / imageWidth - box.y0;
    left[r] = Math.min(left[r]!, x);
    right[r] = Math.max(right[r]!, x);
    ink[r]!++;
    if (x <= mid && !(leftSide[r]! <= x)) leftSide[r] = x;
    if (x >= mid && !(rightSide[r]! >= x)) rightSide[r] = x;
  }
  const span = left.map((l, r) => right[r]! - l + 1);
  const band = Math.max(1, Math.round(h * 0.2));
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  if (mean(span.slice(0, band)) > 0.5 * w) return null;
  const bottom = h - 1 - [...span].reverse().findIndex((s) => s >= 0.9 * w);
  if (bottom >= h || bottom < h - band) return null;
  if (ink[bottom]! < 0.85 * span[bottom]!) return null;
  // Straight sides: the apex and the bottom edge's rows are left out, both are rounded by blur.
  const rows = Array.from({ length: bottom - 1 }, (_, r) => r + 1).filter((r) => r >= Math.floor(band / 2));
  const l = sideFit(rows, leftSide), rt = sideFit(rows, rightSide);
  if (!l || !rt) return null;
  const tolerance = Math.max(1.5, 0.08 * h);
  if (l.maxResidual > tolerance || rt.maxResidual > tolerance) return null;
  if (l.slope > -0.25 || rt.slope < 0.25 || Math.abs(l.slope + rt.slope) > 0.35 * (rt.slope - l.slope)) return null;
  const filled = ink.reduce((s, v) => s + v, 0) / span.reduce((s, v) => s + v, 0);
  return filled >= FILLED_MIN ? "▲" : "△";
}

/** A side's straight-line fit over `rows`, null when too many rows have no ink on that side. */
function sideFit(rows: readonly number[], edge: readonly number[]): { slope: number; maxResidual: number } | null {
  const present = rows.filter((r) => !Number.isNaN(edge[r]!));
  if (present.length < 3 || present.length < 0.8 * rows.length) return null;
  return lineFit(present, present.map((r) => edge[r]!));
}

/** Least-squares line y = a + slope·x and the largest distance of a point from it. */
function lineFit(xs: readonly number[], ys: readonly number[]): { slope: number; maxResidual: number } {
  const n = xs.length;
  const mx = xs.reduce((s, v) => s + v, 0) / n, my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0, sxx = 0;
  for (let i = 0; i < n; i++) { sxy += (xs[i]! - mx) * (ys[i]! - my); sxx += (xs[i]! - mx) ** 2; }
  const slope = sxx > 0 ? sxy / sxx : 0;
  let maxResidual = 0;
  for (let i = 0; i < n; i++) maxResidual = Math.max(maxResidual, Math.abs(ys[i]! - (my + slope * (xs[i]! - mx))));
  return { slope, maxResidual };
}

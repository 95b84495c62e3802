import type { Bbox } from "../types/index.js";
import { otsuThreshold } from "./raster/binarize.js";
import { connectedComponents, type Blob } from "./raster/components.js";
import { cropGrey, histogram, percentile, type GreyImage, type PixelBox } from "./raster/grey-image.js";
import { isFilledDisc } from "./restore-shapes.js";
import { maxOf } from "../util/arrays.js";

/**
 * Ink must be this much darker than the cell's paper (its median level) as well as below the cell's Otsu
 * threshold: in a blank cell Otsu splits paper noise in two; 50 levels is far above scan noise and far below
 * the contrast of printed text, even on a grey header fill.
 */
const MIN_CONTRAST = 50;
/** How far into the cell a rule's remains can reach: half a blurred 4-px rule plus a deskew residue. */
const MARGIN_PT = 2;
/** Ink blobs smaller than this are specks of scan noise: the dot of ・ or a period is about 1 pt² even at 7 pt. */
const MIN_BLOB_PT2 = 0.5;
/** Fewer ink pixels than this (per square point) is an empty cell: specks, not a character. */
const MIN_INK_PER_PT2 = 0.004;
/**
 * White border around the ink: tesseract finds no text in a crop whose ink touches the edge, and reads a lone
 * "1" or "A" far better with a margin of about a character height than in a wide empty cell.
 */
const PAD_PT = 6;

export interface CellImage {
  /** Black ink on white, cut to the ink with a white margin. */
  readonly image: GreyImage;
  /** Where the image's top-left corner is on the page, in points. */
  readonly origin: { readonly x: number; readonly y: number };
  /** Bands of ink rows separated by blank rows: 1 for a one-line cell (which tesseract reads best as a line). */
  readonly lines: number;
  /**
   * ● bullets starting a line, erased from `image` (in its pixels): the jpn model reads them as る, @, 作, ④ or
   * drops them, so they are put back after OCR (putBackDiscs).
   */
  readonly discs: readonly PixelBox[];
}

/**
 * The ink of a cell: thresholded on the cell's own levels (so a grey header fill becomes white paper), rule
 * remains at the margins dropped (tesseract reads a rule as | or 1), cut to the ink with a white margin;
 * null for an empty cell.
 */
export function cellImage(page: GreyImage, cell: Bbox, pxPerPt: number): CellImage | null {
  const x0 = Math.round(cell[0] * pxPerPt), y0 = Math.round(cell[1] * pxPerPt);
  const crop = cropGrey(page, { x0, y0, x1: cell[2] * pxPerPt, y1: cell[3] * pxPerPt });
  if (crop.width < 4 || crop.height < 4) return null;
  const { mask: ink, paper, dark } = inkMask(crop);
  const glyphs = dropNoiseBlobs(ink, connectedComponents(ink), Math.ceil(MARGIN_PT * pxPerPt), MIN_BLOB_PT2 * pxPerPt * pxPerPt);
  const box = inkBox(ink);
  if (!box || box.ink < MIN_INK_PER_PT2 * (crop.width * crop.height) / (pxPerPt * pxPerPt) + 4) return null;
  const pad = Math.round(PAD_PT * pxPerPt);
  const lines = inkBands(ink);
  const discs = eraseLeadingDiscs(crop, ink, glyphs).map((d) => ({ x0: d.x0 - box.x0 + pad, y0: d.y0 - box.y0 + pad, x1: d.x1 - box.x0 + pad, y1: d.y1 - box.y0 + pad }));
  return {
    image: stretchedInk(crop, ink, box, pad, paper, dark),
    origin: { x: (x0 + box.x0 - pad) / pxPerPt, y: (y0 + box.y0 - pad) / pxPerPt },
    lines, discs,
  };
}

/** A ● is most of a character high; the dot of ・ or a period is a fraction of one. */
const MIN_DISC_SHARE = 0.5;

/**
 * Finds filled discs that start a line (no ink left of them on it), at least half the height of the line's
 * tallest glyph, and erases them from the mask. Returns their boxes in crop pixels.
 */
function eraseLeadingDiscs(crop: GreyImage, mask: Mask, blobs: readonly Blob[]): PixelBox[] {
  const discs: PixelBox[] = [];
  for (const blob of blobs) {
    const b = blob.box, h = b.y1 - b.y0;
    const onLine = blobs.filter((o) => o !== blob && Math.min(o.box.y1, b.y1) - Math.max(o.box.y0, b.y0) > 0.3 * h);
    // Leading: nothing left of it on its line, not even a small mark such as ・ within its height.
    const leftOfIt = blobs.some((o) => o !== blob && o.box.x1 <= b.x0 && (o.box.y0 + o.box.y1) / 2 > b.y0 && (o.box.y0 + o.box.y1) / 2 < b.y1);
    if (onLine.length === 0 || leftOfIt) continue;
    if (h < MIN_DISC_SHARE * maxOf(onLine.map((o) => o.box.y1 - o.box.y0)) || !isFilledDisc(crop, b)) continue;
    for (const i of blob.pixels) mask.data[i] = 0;
    discs.push(b);
  }
  return discs;
}

/** Runs of rows holding ink, separated by at least one blank row. */
function inkBands(mask: Mask): number {
  let bands = 0, inBand = false;
  for (let y = 0; y < mask.height; y++) {
    const row = mask.data.subarray(y * mask.width, (y + 1) * mask.width);
    const ink = row.includes(1);
    if (ink && !inBand) bands++;
    inBand = ink;
  }
  return bands;
}

interface Mask { readonly width: number; readonly height: number; readonly data: Uint8Array }

/** Ink pixels of the crop, with the paper level (median) and the ink level (1st percentile). */
function inkMask(crop: GreyImage): { mask: Mask; paper: number; dark: number } {
  const hist = histogram(crop.data);
  const paper = percentile(hist, 0.5, crop.data.length), dark = percentile(hist, 0.01, crop.data.length);
  const threshold = Math.min(otsuThreshold(hist), paper - MIN_CONTRAST);
  const data = new Uint8Array(crop.data.length);
  for (let i = 0; i < data.length; i++) data[i] = crop.data[i]! <= threshold ? 1 : 0;
  return { mask: { width: crop.width, height: crop.height, data }, paper, dark: Math.min(dark, threshold) };
}

/**
 * Removes what is not text: specks, and the remains of the cell's rules — blobs lying wholly within the margin
 * ring along the crop's edges (rules meeting at a corner make one L- or frame-shaped blob; a character may
 * touch the ring, but reaches further in). Returns the blobs kept.
 */
function dropNoiseBlobs(mask: Mask, blobs: readonly Blob[], margin: number, minArea: number): Blob[] {
  const { width, height, data } = mask;
  return blobs.filter((blob) => {
    let deepest = 0;
    for (const i of blob.pixels) {
      const x = i % width, y = (i - x) / width;
      deepest = Math.max(deepest, Math.min(x, y, width - 1 - x, height - 1 - y));
    }
    if (deepest >= margin && blob.pixels.length >= minArea) return true;
    for (const i of blob.pixels) data[i] = 0;
    return false;
  });
}

/** The box around the ink (half-open), and the ink's pixel count; null when there is none. */
function inkBox(mask: Mask): { x0: number; y0: number; x1: number; y1: number; ink: number } | null {
  let x0 = mask.width, y0 = mask.height, x1 = -1, y1 = -1, ink = 0;
  for (let y = 0; y < mask.height; y++) for (let x = 0; x < mask.width; x++) {
    if (!mask.data[y * mask.width + x]) continue;
    ink++;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return ink === 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1, ink };
}

/**
 * The crop inside `box`, its grey levels stretched so paper (a grey fill included) is white and ink black, with
 * a white margin. Grey, not the mask: tesseract's LSTM reads anti-aliased strokes better than a hard threshold
 * that breaks thin strokes. Pixels far from any kept ink (specks, rule remains) are painted white.
 */
function stretchedInk(crop: GreyImage, mask: Mask, box: { x0: number; y0: number; x1: number; y1: number }, pad: number, paper: number, dark: number): GreyImage {
  const w = box.x1 - box.x0, h = box.y1 - box.y0;
  const width = w + 2 * pad, height = h + 2 * pad;
  const data = new Uint8Array(width * height).fill(255);
  const span = Math.max(1, paper - dark);
  const nearInk = (x: number, y: number): boolean => {
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
      const xx = x + dx, yy = y + dy;
      if (xx >= 0 && yy >= 0 && xx < mask.width && yy < mask.height && mask.data[yy * mask.width + xx]) return true;
    }
    return false;
  };
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const sx = box.x0 + x, sy = box.y0 + y;
    const v = crop.data[sy * crop.width + sx]!;
    if (v >= paper || !nearInk(sx, sy)) continue;
    data[(y + pad) * width + x + pad] = Math.max(0, Math.round(((v - dark) * 255) / span));
  }
  return { width, height, data };
}

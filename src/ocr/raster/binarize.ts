import { clamp, histogram, percentile, type GreyImage } from "./grey-image.js";

/** A bilevel bitmap, row-major: 1 = ink, 0 = paper. */
export interface BinaryImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export interface BinarizeOptions {
  /** Side of the square blocks the paper level is measured in; 64 px is ~5 mm at 300 dpi. */
  readonly blockPx?: number;
}

/** The paper level of a block: a high percentile, so text and rules inside it do not darken it. */
const PAPER_PERCENTILE = 0.9;
/**
 * Bounds on the Otsu threshold, as a fraction of the paper level. On a page with almost no ink Otsu
 * splits the few dark pixels among themselves (a cut at 10% of paper), losing blurred thin rules;
 * flattened print is darker than half the paper, so the cut never goes below that.
 */
const MIN_RATIO = 0.5, MAX_RATIO = 0.8;
const THRESHOLD_ROWS = 8;

/**
 * Ink vs paper. A single Otsu threshold fails on real scans whose paper is unevenly grey (shadowed
 * bindings, yellowed sheets, light grey cell fills): a threshold right for one corner is wrong for
 * another. So the paper level is first measured per block and interpolated, each pixel is divided
 * by it (a flat white page), and only then is one Otsu threshold taken over the whole page. This is
 * cheaper than a Sauvola window (no integral images of a 17-Mpx page) and as robust for printed
 * tables, where ink is far darker than any paper.
 */
export function binarize(img: GreyImage, opts: BinarizeOptions = {}): BinaryImage {
  const { width, height, data } = img;
  const levels = new RowPaperLevels(paperLevels(img, opts.blockPx ?? 64), width);
  // Otsu on the flattened page, sampled every 4th row and 2nd column (plenty for a histogram).
  const sampled = new Uint32Array(256);
  for (let y = 0; y < height; y += 4) {
    const level = levels.row(y);
    for (let x = 0, i = y * width; x < width; x += 2, i += 2) sampled[Math.min(255, ((data[i]! * 255) / level[x]!) | 0)]!++;
  }
  const ratio = clamp(otsuThreshold(sampled), MIN_RATIO * 255, MAX_RATIO * 255) / 255;
  const out = new Uint8Array(width * height);
  // Thresholds in raw grey levels, refreshed every few rows: the paper level drifts over blocks, not rows.
  const threshold = new Uint8Array(width);
  for (let y = 0; y < height; y++) {
    if (y % THRESHOLD_ROWS === 0) {
      const level = levels.row(y + THRESHOLD_ROWS / 2);
      for (let x = 0; x < width; x++) threshold[x] = level[x]! * ratio;
    }
    // Branch-free (1 when data <= threshold): on grainy paper a comparison branch mispredicts often enough to triple the time.
    for (let x = 0, i = y * width; x < width; x++, i++) out[i] = ((threshold[x]! - data[i]!) >>> 31) ^ 1;
  }
  return { width, height, data: out };
}

/** Share of the way from paper to the darkest ink where glyph crops are cut. */
const GLYPH_CUT = 0.3;
/** A crop whose darkest pixel is within this of its paper holds no ink, only grain. */
const MIN_GLYPH_CONTRAST = 48;

/**
 * Ink vs paper in a small crop (a cell, a word) for reading glyph shapes: anything noticeably darker
 * than the paper is ink. Page-level Otsu drops the thin strokes of small glyphs, which antialiasing
 * leaves light grey (a △ 9 px tall has sides of grey 150–190); a cut 30% of the way from paper to the
 * darkest ink keeps enough of them to hold the outline together, while the clear inside of △ stays paper.
 */
export function binarizeGlyphs(crop: GreyImage): BinaryImage {
  const hist = histogram(crop.data);
  const paper = percentile(hist, PAPER_PERCENTILE), ink = percentile(hist, 0.002);
  const out = new Uint8Array(crop.data.length);
  if (paper - ink >= MIN_GLYPH_CONTRAST) {
    const cut = paper - GLYPH_CUT * (paper - ink);
    for (let i = 0; i < out.length; i++) out[i] = crop.data[i]! <= cut ? 1 : 0;
  }
  return { width: crop.width, height: crop.height, data: out };
}

/** The grey level splitting the histogram into two classes of maximal between-class variance (ink is <= it). */
export function otsuThreshold(hist: Uint32Array): number {
  let total = 0, sum = 0;
  for (let v = 0; v < 256; v++) { total += hist[v]!; sum += v * hist[v]!; }
  let below = 0, sumBelow = 0, best = 0, bestT = 127;
  for (let t = 0; t < 255; t++) {
    below += hist[t]!;
    sumBelow += t * hist[t]!;
    const above = total - below;
    if (below === 0 || above === 0) continue;
    const diff = sumBelow / below - (sum - sumBelow) / above;
    const between = below * above * diff * diff;
    if (between > best) { best = between; bestT = t; }
  }
  return bestT;
}

interface PaperGrid {
  readonly cols: number;
  readonly rows: number;
  readonly blockPx: number;
  readonly level: Float32Array;
}

/** Paper level per block, then the brightest of each block's 3×3 neighbourhood (a block filled by ink borrows its neighbours'). */
function paperLevels(img: GreyImage, blockPx: number): PaperGrid {
  const cols = Math.max(1, Math.ceil(img.width / blockPx)), rows = Math.max(1, Math.ceil(img.height / blockPx));
  const raw = new Float32Array(cols * rows);
  const hist = new Uint32Array(256);
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < cols; bx++) {
      hist.fill(0);
      const x0 = bx * blockPx, x1 = Math.min(img.width, x0 + blockPx);
      const y0 = by * blockPx, y1 = Math.min(img.height, y0 + blockPx);
      // Every other row and column: a quarter of the pixels tell the paper level as well.
      let count = 0;
      for (let y = y0; y < y1; y += 2) {
        for (let i = y * img.width + x0, end = y * img.width + x1; i < end; i += 2, count++) hist[img.data[i]!]!++;
      }
      raw[by * cols + bx] = percentile(hist, PAPER_PERCENTILE, count);
    }
  }
  const level = new Float32Array(cols * rows);
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < cols; bx++) {
      let m = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const x = bx + dx, y = by + dy;
          if (x >= 0 && y >= 0 && x < cols && y < rows) m = Math.max(m, raw[y * cols + x]!);
        }
      }
      // A floor keeps an all-black region from being stretched to white noise.
      level[by * cols + bx] = Math.max(m, 64);
    }
  }
  return { cols, rows, blockPx, level };
}

/** The paper level of every pixel of a row, bilinearly interpolated between block centres (flat beyond the outer ones). */
class RowPaperLevels {
  private readonly left: Int32Array;
  private readonly weight: Float32Array;
  private readonly blockRow: Float32Array;
  private readonly levels: Float32Array;

  constructor(private readonly grid: PaperGrid, width: number) {
    const { cols, blockPx } = grid;
    this.left = new Int32Array(width);
    this.weight = new Float32Array(width);
    for (let x = 0; x < width; x++) {
      const g = clamp((x + 0.5) / blockPx - 0.5, 0, cols - 1);
      this.left[x] = Math.min(Math.floor(g), Math.max(0, cols - 2));
      this.weight[x] = cols > 1 ? g - this.left[x]! : 0;
    }
    this.blockRow = new Float32Array(cols + 1);
    this.levels = new Float32Array(width);
  }

  /** The levels of row `y`, in a buffer reused by the next call. */
  row(y: number): Float32Array {
    const { cols, rows, blockPx, level } = this.grid;
    const g = clamp((y + 0.5) / blockPx - 0.5, 0, rows - 1);
    const top = Math.min(Math.floor(g), Math.max(0, rows - 2)), bottom = Math.min(top + 1, rows - 1);
    const wy = rows > 1 ? g - top : 0;
    const b = this.blockRow;
    for (let c = 0; c < cols; c++) b[c] = level[top * cols + c]! * (1 - wy) + level[bottom * cols + c]! * wy;
    b[cols] = b[cols - 1]!;
    const { left, weight, levels } = this;
    for (let x = 0; x < levels.length; x++) {
      const l = left[x]!;
      levels[x] = b[l]! + (b[l + 1]! - b[l]!) * weight[x]!;
    }
    return levels;
  }
}

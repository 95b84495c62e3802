/** An 8-bit greyscale bitmap, row-major: 0 = black ink, 255 = white paper. */
export interface GreyImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** The shape of a canvas ImageData: 4 bytes per pixel, R G B A. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array | Uint8ClampedArray;
}

/** A pixel box, half-open: x0 <= x < x1, y0 <= y < y1. */
export interface PixelBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export function createGreyImage(width: number, height: number, fill = 255): GreyImage {
  return { width, height, data: new Uint8Array(width * height).fill(fill) };
}

/** Luma (Rec. 601, integer weights summing to 256) composited over white, so transparent pixels read as paper. */
export function greyFromRgba(img: RgbaImage): GreyImage {
  const { width, height, data: src } = img;
  const out = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    const luma = (77 * src[j]! + 150 * src[j + 1]! + 29 * src[j + 2]!) >> 8;
    const alpha = src[j + 3]!;
    out[i] = alpha === 255 ? luma : 255 - (((255 - luma) * alpha) >> 8);
  }
  return { width, height, data: out };
}

/** The part of `img` inside `box`, clamped to the image (possibly empty). */
export function cropGrey(img: GreyImage, box: PixelBox): GreyImage {
  const x0 = clamp(Math.floor(box.x0), 0, img.width), x1 = clamp(Math.ceil(box.x1), x0, img.width);
  const y0 = clamp(Math.floor(box.y0), 0, img.height), y1 = clamp(Math.ceil(box.y1), y0, img.height);
  const width = x1 - x0, height = y1 - y0;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) out.set(img.data.subarray((y0 + y) * img.width + x0, (y0 + y) * img.width + x1), y * width);
  return { width, height, data: out };
}

/** Counts of each grey level, for thresholding. */
export function histogram(data: Uint8Array): Uint32Array {
  const h = new Uint32Array(256);
  for (let i = 0; i < data.length; i++) h[data[i]!]!++;
  return h;
}

/** The grey level below which a share `p` of the `count` pixels of `hist` lie. */
export function percentile(hist: Uint32Array, p: number, count = hist.reduce((s, v) => s + v, 0)): number {
  const target = count * p;
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += hist[v]!;
    if (seen >= target) return v;
  }
  return 255;
}

export const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);

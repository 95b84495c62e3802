import type { GreyImage } from "./degrade.js";
import type { Prng } from "./prng.js";

/**
 * A second scanner model, unlike degrade.ts (flatbed: smooth paper field, Gaussian blur, Gaussian noise, bilinear
 * rotation), so that OCR is measured on scans it was not tuned on: an office sheet feeder. Toner spreads (ink
 * bleeds one pixel into light paper), the sheet travels past the sensor (a short vertical motion blur, a slight
 * shear as well as a rotation, sampled nearest-neighbour as a cheap driver does), a dirty glass leaves thin
 * vertical streaks, and the sensor adds salt-and-pepper specks rather than smooth noise. With `threshold` the
 * driver writes a 1-bit scan (fax-like): grey levels end at the threshold.
 */
export interface FeederDegradation {
  /** Rotation in degrees, positive = clockwise, and horizontal shear (x shift per row, in pixels per 1000 rows). */
  readonly angle: number;
  readonly shearPerMille: number;
  /** Weight of the darkest neighbour mixed into each pixel: toner spread (0 none, 1 a full pixel of bleed). */
  readonly bleed: number;
  /** Length of the vertical motion blur, in pixels (1 = none). */
  readonly motion: number;
  /** Thin vertical streaks across the page, and their darkness (grey level subtracted). */
  readonly streaks: number;
  readonly streakDepth: number;
  /** Share of pixels flipped to black or white. */
  readonly saltPepper: number;
  /** Paper and ink grey levels. */
  readonly paper: number;
  readonly ink: number;
  /** A 1-bit scan: pixels darker than this become ink, the others paper. */
  readonly threshold?: number;
}

export function degradeFeeder(img: GreyImage, d: FeederDegradation, rng: Prng): GreyImage {
  const { width, height } = img;
  let data = bleed(img, d.bleed);
  data = shearRotate(data, width, height, d.angle, d.shearPerMille / 1000);
  data = motionBlur(data, width, height, d.motion);
  const streakXs = Array.from({ length: d.streaks }, () => Math.floor(rng.range(0, width)));
  for (let i = 0; i < data.length; i++) {
    let v = d.ink + ((d.paper - d.ink) * data[i]!) / 255;
    const r = rng.next();
    if (r < d.saltPepper / 2) v = d.ink;
    else if (r < d.saltPepper) v = d.paper;
    data[i] = v;
  }
  for (const x of streakXs) for (let y = 0; y < height; y++) data[y * width + x] = Math.max(0, data[y * width + x]! - d.streakDepth);
  if (d.threshold !== undefined) for (let i = 0; i < data.length; i++) data[i] = data[i]! < d.threshold ? d.ink : d.paper;
  return { width, height, data };
}

/** Each pixel darkened toward its darkest 4-neighbour: toner spreading into the paper. */
function bleed(img: GreyImage, weight: number): Float32Array {
  const { width, height, data } = img;
  const out = new Float32Array(data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      let dark = data[i]!;
      if (x > 0) dark = Math.min(dark, data[i - 1]!);
      if (x < width - 1) dark = Math.min(dark, data[i + 1]!);
      if (y > 0) dark = Math.min(dark, data[i - width]!);
      if (y < height - 1) dark = Math.min(dark, data[i + width]!);
      out[i] = data[i]! + weight * (dark - data[i]!);
    }
  }
  return out;
}

/** Rotation about the centre plus a horizontal shear, nearest-neighbour; uncovered corners are white. */
function shearRotate(data: Float32Array, width: number, height: number, angleDeg: number, shear: number): Float32Array {
  const out = new Float32Array(data.length).fill(255);
  const a = (angleDeg * Math.PI) / 180, cos = Math.cos(a), sin = Math.sin(a);
  const cx = width / 2, cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Inverse mapping: where in the source this output pixel comes from.
      const dx = x - cx - shear * (y - cy), dy = y - cy;
      const sx = Math.round(cos * dx + sin * dy + cx), sy = Math.round(-sin * dx + cos * dy + cy);
      if (sx >= 0 && sx < width && sy >= 0 && sy < height) out[y * width + x] = data[sy * width + sx]!;
    }
  }
  return out;
}

/** Mean over `length` pixels down each column: the sheet moving past the sensor. */
function motionBlur(data: Float32Array, width: number, height: number, length: number): Float32Array {
  if (length <= 1) return data;
  const out = new Float32Array(data.length);
  for (let x = 0; x < width; x++) {
    let sum = 0;
    for (let y = 0; y < height; y++) {
      sum += data[y * width + x]!;
      if (y >= length) sum -= data[(y - length) * width + x]!;
      out[y * width + x] = sum / Math.min(y + 1, length);
    }
  }
  return out;
}

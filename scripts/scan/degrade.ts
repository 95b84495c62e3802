import type { Prng } from "./prng.js";

/** A greyscale image, row-major, 0 = black … 255 = white. */
export interface GreyImage {
  readonly width: number;
  readonly height: number;
  readonly data: Float32Array;
}

export interface Degradation {
  /** Page rotation in degrees, positive = clockwise as seen on screen. */
  readonly angle: number;
  /** Paper brightness range: a smooth, uneven field between these values. */
  readonly paper: readonly [number, number];
  /** What pure black ink becomes (toner is never quite black after a scan). */
  readonly ink: number;
  /** Gaussian blur sigma in pixels (scanner optics). */
  readonly blurSigma: number;
  /** Per-pixel sensor noise sigma in grey levels. */
  readonly noiseSigma: number;
  /** Dark dust dots per page. */
  readonly speckles: number;
}

/** Degrades a clean rendering like a flatbed scan: paper and toner tone, dust, skew, blur, sensor noise. */
export function degrade(img: GreyImage, d: Degradation, rng: Prng): GreyImage {
  const toned = tone(img, d, rng);
  addSpeckles(toned, d.speckles, d.ink, rng);
  const skewed = rotate(toned, d.angle, d.paper[1]);
  const blurred = blur(skewed, d.blurSigma);
  addNoise(blurred, d.noiseSigma, rng);
  return blurred;
}

/** Maps white to an uneven paper field and black to `ink`, keeping anti-aliasing in between. */
function tone(img: GreyImage, d: Degradation, rng: Prng): GreyImage {
  const paper = paperField(img.width, img.height, d.paper, rng);
  const out = new Float32Array(img.data.length);
  for (let i = 0; i < out.length; i++) {
    const p = paper[i]!;
    out[i] = d.ink + ((p - d.ink) * img.data[i]!) / 255;
  }
  return { width: img.width, height: img.height, data: out };
}

/** Low-frequency brightness variation: a coarse random grid, bilinearly interpolated over the page. */
function paperField(width: number, height: number, [lo, hi]: readonly [number, number], rng: Prng): Float32Array {
  const gx = 5, gy = 4;
  const grid = Array.from({ length: (gx + 1) * (gy + 1) }, () => rng.range(lo, hi));
  const field = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const fy = (y / height) * gy, y0 = Math.min(Math.floor(fy), gy - 1), ty = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = (x / width) * gx, x0 = Math.min(Math.floor(fx), gx - 1), tx = fx - x0;
      const a = grid[y0 * (gx + 1) + x0]!, b = grid[y0 * (gx + 1) + x0 + 1]!;
      const c = grid[(y0 + 1) * (gx + 1) + x0]!, e = grid[(y0 + 1) * (gx + 1) + x0 + 1]!;
      field[y * width + x] = (a * (1 - tx) + b * tx) * (1 - ty) + (c * (1 - tx) + e * tx) * ty;
    }
  }
  return field;
}

/** Small dark round dots of dust, 1–4 px across, anywhere on the page. */
function addSpeckles(img: GreyImage, count: number, ink: number, rng: Prng): void {
  for (let n = 0; n < count; n++) {
    const cx = rng.range(0, img.width), cy = rng.range(0, img.height), r = rng.range(0.6, 2);
    const shade = ink + rng.range(0, 80);
    for (let y = Math.floor(cy - r); y <= Math.ceil(cy + r); y++) {
      for (let x = Math.floor(cx - r); x <= Math.ceil(cx + r); x++) {
        if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
        const cover = Math.min(1, Math.max(0, r + 0.5 - Math.hypot(x - cx, y - cy)));
        const i = y * img.width + x;
        img.data[i] = img.data[i]! * (1 - cover) + shade * cover;
      }
    }
  }
}

/** Rotates about the page centre (bilinear), filling what comes in from outside with `fill` (the scanner lid). */
function rotate(img: GreyImage, degrees: number, fill: number): GreyImage {
  const { width, height, data } = img;
  const rad = (degrees * Math.PI) / 180, cos = Math.cos(rad), sin = Math.sin(rad);
  const cx = width / 2, cy = height / 2;
  const out = new Float32Array(data.length);
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      // Inverse mapping: where in the source this output pixel comes from (y grows downwards).
      const dx = x - cx;
      const sx = cx + dx * cos + dy * sin, sy = cy - dx * sin + dy * cos;
      const x0 = Math.floor(sx), y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
        out[y * width + x] = fill;
        continue;
      }
      const tx = sx - x0, ty = sy - y0, i = y0 * width + x0;
      const top = data[i]! * (1 - tx) + data[i + 1]! * tx;
      const bottom = data[i + width]! * (1 - tx) + data[i + width + 1]! * tx;
      out[y * width + x] = top * (1 - ty) + bottom * ty;
    }
  }
  return { width, height, data: out };
}

/** Separable Gaussian blur; edge pixels are repeated beyond the border. */
function blur(img: GreyImage, sigma: number): GreyImage {
  if (sigma <= 0) return img;
  const radius = Math.ceil(sigma * 3);
  const weights = Array.from({ length: 2 * radius + 1 }, (_, i) => Math.exp(-((i - radius) ** 2) / (2 * sigma * sigma)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const kernel = Float32Array.from(weights, (w) => w / sum);
  const { width, height } = img;
  const horizontal = convolve(img.data, width, height, kernel, 1, width);
  const vertical = convolve(horizontal, width, height, kernel, width, height);
  return { width, height, data: vertical };
}

/** 1-D convolution along lines of `length` pixels `stride` apart (1 = rows, width = columns). */
function convolve(src: Float32Array, width: number, height: number, kernel: Float32Array, stride: number, length: number): Float32Array {
  const out = new Float32Array(src.length);
  const radius = (kernel.length - 1) / 2;
  const lines = stride === 1 ? height : width, lineStep = stride === 1 ? width : 1;
  for (let line = 0; line < lines; line++) {
    const base = line * lineStep;
    for (let p = 0; p < length; p++) {
      let acc = 0;
      for (let j = -radius; j <= radius; j++) {
        const q = p + j < 0 ? 0 : p + j >= length ? length - 1 : p + j;
        acc += kernel[j + radius]! * src[base + q * stride]!;
      }
      out[base + p * stride] = acc;
    }
  }
  return out;
}

function addNoise(img: GreyImage, sigma: number, rng: Prng): void {
  if (sigma <= 0) return;
  for (let i = 0; i < img.data.length; i++) img.data[i] = img.data[i]! + sigma * rng.roughGaussian();
}

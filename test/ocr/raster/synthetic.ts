import { existsSync } from "node:fs";
import { createCanvas, GlobalFonts, type SKRSContext2D } from "@napi-rs/canvas";
import { greyFromRgba, type GreyImage } from "../../../src/ocr/raster/grey-image.js";
import type { Segment } from "../../../src/types/geometry.js";

const IPA_GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";
/** Whether the Japanese font is there (Debian's fonts-ipaexfont-gothic); tests drawing kanji skip without it. */
export const hasJapaneseFont = existsSync(IPA_GOTHIC) && GlobalFonts.registerFromPath(IPA_GOTHIC, "IPAexGothic") !== null;

/** A seeded PRNG (mulberry32): test images are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws at `dpi` with the context in points, rotated by `angleDeg` (clockwise on screen) about the bitmap's centre. */
export function drawPage(widthPt: number, heightPt: number, dpi: number, angleDeg: number, draw: (ctx: SKRSContext2D) => void): GreyImage {
  const w = Math.round((widthPt * dpi) / 72), h = Math.round((heightPt * dpi) / 72);
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, w, h);
  ctx.translate(w / 2, h / 2);
  ctx.rotate((angleDeg * Math.PI) / 180);
  ctx.translate(-w / 2, -h / 2);
  ctx.scale(dpi / 72, dpi / 72);
  ctx.fillStyle = "#000";
  ctx.strokeStyle = "#000";
  draw(ctx);
  return greyFromRgba(ctx.getImageData(0, 0, w, h));
}

export function strokeSegment(ctx: SKRSContext2D, s: Segment, widthPt: number): void {
  ctx.lineWidth = widthPt;
  ctx.beginPath();
  ctx.moveTo(s.x1, s.y1);
  ctx.lineTo(s.x2, s.y2);
  ctx.stroke();
}

export interface ScanDefects {
  /** Paper grey level at the left and right edges (a shadowed, yellowed scan). */
  readonly paper?: readonly [number, number];
  /** Box-blur radius in px. */
  readonly blurPx?: number;
  /** Amplitude of uniform grey noise, ± levels. */
  readonly noise?: number;
  /** Black speckles per megapixel, 1–3 px across. */
  readonly specklesPerMpx?: number;
  readonly seed?: number;
}

/** What a cheap scanner does to a clean rendering: grey uneven paper, blur, grain and dust. */
export function scanned(img: GreyImage, d: ScanDefects): GreyImage {
  const { width: w, height: h } = img;
  const rnd = random(d.seed ?? 1);
  let data: Uint8Array = Uint8Array.from(img.data);
  if (d.blurPx) data = boxBlur(data, w, h, d.blurPx);
  const [left, right] = d.paper ?? [255, 255];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const paper = left + ((right - left) * x) / w;
      const i = y * w + x;
      data[i] = Math.max(0, Math.min(255, (data[i]! * paper) / 255 + (rnd() * 2 - 1) * (d.noise ?? 0)));
    }
  }
  const speckles = Math.round(((d.specklesPerMpx ?? 0) * w * h) / 1e6);
  for (let k = 0; k < speckles; k++) {
    const x = Math.floor(rnd() * (w - 3)), y = Math.floor(rnd() * (h - 3)), size = 1 + Math.floor(rnd() * 3);
    for (let dy = 0; dy < size; dy++) for (let dx = 0; dx < size; dx++) data[(y + dy) * w + x + dx] = 20;
  }
  return { width: w, height: h, data };
}

/** Separable box blur of radius r (one horizontal then one vertical pass). */
function boxBlur(src: Uint8Array, w: number, h: number, r: number): Uint8Array {
  const tmp = new Uint8Array(src.length), out = new Uint8Array(src.length), n = 2 * r + 1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let k = -r; k <= r; k++) s += src[y * w + Math.min(w - 1, Math.max(0, x + k))]!;
      tmp[y * w + x] = s / n;
    }
  }
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let k = -r; k <= r; k++) s += tmp[Math.min(h - 1, Math.max(0, y + k)) * w + x]!;
      out[y * w + x] = s / n;
    }
  }
  return out;
}

import type { BinaryImage } from "./binarize.js";
import type { PixelBox } from "./grey-image.js";

/** A connected blob of ink: its bounding box and its pixels (indices into the image). */
export interface Blob {
  readonly box: PixelBox;
  readonly pixels: readonly number[];
}

/** 8-connected blobs of ink, by flood fill: meant for small crops (a cell, a word), not whole pages. */
export function connectedComponents(bin: BinaryImage): Blob[] {
  const { width, height, data } = bin;
  const seen = new Uint8Array(width * height);
  const blobs: Blob[] = [];
  for (let start = 0; start < data.length; start++) {
    if (!data[start] || seen[start]) continue;
    const pixels: number[] = [];
    let x0 = width, y0 = height, x1 = -1, y1 = -1;
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const i = stack.pop()!;
      pixels.push(i);
      const x = i % width, y = (i - x) / width;
      x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx, ny = y + dy, j = ny * width + nx;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height || !data[j] || seen[j]) continue;
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    blobs.push({ box: { x0, y0, x1: x1 + 1, y1: y1 + 1 }, pixels });
  }
  return blobs;
}

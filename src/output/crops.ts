import { createCanvas, ImageData } from "@napi-rs/canvas";
import { withRenderedPage, type PdfHandle } from "../pdf/index.js";
import type { HyoRecord } from "../schema/index.js";
import { dict } from "../util/dict.js";
import { appendTo } from "../util/arrays.js";

/**
 * Resolution of the cell images: 7–9 pt table text comes out 11–14 px high, readable beside the extracted text.
 * Drawing is most of the report's cost and grows with the pixel count, so no more than that.
 */
export const CROP_DPI = 110;
/** JPEG encodes five times faster than WebP at this size (measured on r2-lines) and keeps small text readable. */
const CROP_QUALITY = 82;
/** Margin around a cell, in points: the glyphs a clipped-text flag is about sit just outside the cell. */
const CROP_MARGIN_PT = 2;

export interface Crop {
  readonly field: string;
  readonly page: number;
  readonly dataUrl: string;
  readonly width: number;
  readonly height: number;
}

type Box = readonly [number, number, number, number];
const union = (a: Box, b: Box): Box => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
const grow = (b: Box, m: number): Box => [b[0] - m, b[1] - m, b[2] + m, b[3] + m];

/**
 * For each record chosen by `include`, a JPEG image (as a data URL) of each of its fields' own cells. Each page
 * holding such cells is drawn once, and only the band that holds them, so a clean document (no record chosen)
 * costs nothing and one flagged row costs a strip of its page.
 */
export async function renderFieldCrops<R extends Pick<HyoRecord, "id" | "source">>(pdf: PdfHandle, records: readonly R[], include: (r: R) => boolean, dpi = CROP_DPI): Promise<Record<string, Crop[]>> {
  const perPage = new Map<number, { id: string; field: string; box: Box }[]>();
  for (const r of records) {
    if (!include(r)) continue;
    for (const [field, c] of Object.entries(r.source.cells)) {
      // The topic cell is merged over all the topic's rows: not this record's own.
      if (field === "topic") continue;
      appendTo(perPage, c.page, { id: r.id, field, box: grow(c.bbox, CROP_MARGIN_PT) });
    }
  }
  // Keyed by record id, which comes from the PDF's text.
  const out = dict<Crop[]>();
  for (const [pageNo, cells] of [...perPage].sort((a, b) => a[0] - b[0])) {
    const region = cells.map((c) => c.box).reduce(union);
    await withRenderedPage(pdf, pageNo, dpi, async ({ canvas, context }, _w, _h, scale) => {
      // One scratch canvas, resized per cell and emptied at the end: a canvas per crop holds its native pixels
      // until the collector runs, which it does not for memory it cannot see (1.2 GB for 400 crops).
      const crop = createCanvas(1, 1);
      const margin = Math.round(CROP_MARGIN_PT * 2 * scale);
      const px = (v: number, from: number) => Math.round((v - from) * scale);
      // Grouped in one pass: a filter per record is quadratic on a page of many rows.
      const byRecord = new Map<string, typeof cells>();
      for (const c of cells) appendTo(byRecord, c.id, c);
      // Each record's row read once, and its cells copied out of it in JS: drawImage from the page canvas and a
      // getImageData per cell copied far more than the cell, and the whole region at once held its pixels twice.
      for (const [id, own] of byRecord) {
        const row = own.map((c) => c.box).reduce(union);
        const bx = Math.max(0, px(row[0], region[0])), by = Math.max(0, px(row[1], region[1]));
        const band = context.getImageData(bx, by, Math.max(1, Math.min(canvas.width - bx, px(row[2], row[0]))), Math.max(1, Math.min(canvas.height - by, px(row[3], row[1]))));
        for (const { field, box } of own) {
          const x = Math.max(0, px(box[0], region[0]) - bx), y = Math.max(0, px(box[1], region[1]) - by);
          const w = Math.max(1, Math.min(band.width - x, px(box[2], box[0])));
          const full = Math.max(1, Math.min(band.height - y, px(box[3], box[1])));
          const pixels = new Uint8ClampedArray(w * full * 4);
          for (let r = 0; r < full; r++) pixels.set(band.data.subarray(((y + r) * band.width + x) * 4, ((y + r) * band.width + x + w) * 4), r * w * 4);
          // A row is as tall as its longest cell: the others end in blank paper, left out below their last ink.
          const h = Math.max(1, Math.min(full, inkBottom(pixels, w, full, margin) + margin));
          crop.width = w;
          crop.height = h;
          crop.getContext("2d").putImageData(new ImageData(pixels.subarray(0, w * h * 4), w, h), 0, 0);
          const jpeg = await crop.encode("jpeg", CROP_QUALITY);
          (out[id] ??= []).push({ field, page: pageNo, width: w, height: h, dataUrl: `data:image/jpeg;base64,${jpeg.toString("base64")}` });
        }
      }
      crop.width = crop.height = 0;
    }, region);
  }
  return out;
}

/** Dark enough to be ink (text or rule) on white paper, 0–255. */
const INK = 160;

/**
 * The last pixel row holding ink, ignoring `edge` pixels at each side and at the bottom (the cell's own rules,
 * which run the full height); 0 when the cell is blank.
 */
function inkBottom(data: Uint8ClampedArray, width: number, height: number, edge: number): number {
  for (let y = height - 1 - edge; y > 0; y--) {
    for (let x = edge; x < width - edge; x++) {
      const i = (y * width + x) * 4;
      if (data[i]! < INK && data[i + 1]! < INK && data[i + 2]! < INK) return y + 1;
    }
  }
  return 0;
}

import { createCanvas, ImageData, type Canvas } from "@napi-rs/canvas";
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
 * holding such cells is drawn once per band of nearby rows, and only that band, so a clean document (no record chosen)
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
  const encoder = new CropEncoder();
  try {
    for (const [pageNo, pageCells] of [...perPage].sort((a, b) => a[0] - b[0])) for (const cells of bands(pageCells)) {
      const region = cells.map((c) => c.box).reduce(union);
      await withRenderedPage(pdf, pageNo, dpi, async ({ canvas }, width, height, scale) => {
        // The canvas's own pixels in one copy: the page is drawn on white, so every pixel is opaque and its stored
        // (premultiplied) values are its colour. getImageData per row band cost 7× as much (it un-premultiplies).
        const page = canvas.data();
        const margin = Math.round(CROP_MARGIN_PT * 2 * scale);
        const px = (v: number, from: number) => Math.round((v - from) * scale);
        for (const { id, field, box } of cells) {
          const x = Math.max(0, px(box[0], region[0])), y = Math.max(0, px(box[1], region[1]));
          if (x >= width || y >= height) continue;
          const w = Math.max(1, Math.min(width - x, px(box[2], box[0])));
          const full = Math.max(1, Math.min(height - y, px(box[3], box[1])));
          // A row is as tall as its longest cell: the others end in blank paper, left out below their last ink.
          const h = Math.max(1, Math.min(full, inkBottom(page, width, x, y, w, full, margin) + margin));
          const pixels = new Uint8ClampedArray(w * h * 4);
          for (let r = 0; r < h; r++) pixels.set(page.subarray(((y + r) * width + x) * 4, ((y + r) * width + x + w) * 4), r * w * 4);
          const list = (out[id] ??= []);
          const at = list.length;
          list.push({ field, page: pageNo, width: w, height: h, dataUrl: "" });
          await encoder.add(pixels.subarray(0, w * h * 4), w, h, (dataUrl) => { list[at] = { ...list[at]!, dataUrl }; });
        }
        // The page's canvas is released when this returns: its crops must be encoded (they hold copies) or done.
      }, region);
    }
    await encoder.drain();
  } finally {
    encoder.release();
  }
  return out;
}

/**
 * A page's cells in bands to draw apart. A band is drawn with everything between its cells, so two rows far apart
 * are two bands; rows closer than the band's own height stay one (drawing a page again has its own fixed cost:
 * its operator list is fetched anew).
 */
function bands<C extends { box: Box }>(cells: readonly C[]): C[][] {
  const out: { cells: C[]; top: number; bottom: number }[] = [];
  for (const c of [...cells].sort((a, b) => a.box[1] - b.box[1])) {
    const last = out.at(-1);
    if (last && c.box[1] - last.bottom < Math.max(last.bottom - last.top, c.box[3] - c.box[1])) {
      last.cells.push(c);
      last.bottom = Math.max(last.bottom, c.box[3]);
    } else {
      out.push({ cells: [c], top: c.box[1], bottom: c.box[3] });
    }
  }
  return out.map((b) => b.cells);
}

/**
 * JPEG encoding on a few scratch canvases at once: @napi-rs/canvas encodes off the main thread, so the next crops
 * are cut while earlier ones encode (on 2 cores, 1.6× faster than one at a time). A canvas per crop would hold its
 * native pixels until the collector runs, which it does not for memory it cannot see (1.2 GB for 400 crops).
 */
class CropEncoder {
  private static readonly SLOTS = 3;
  private readonly free: Canvas[] = Array.from({ length: CropEncoder.SLOTS }, () => createCanvas(1, 1));
  private readonly busy = new Set<Promise<void>>();

  async add(pixels: Uint8ClampedArray, w: number, h: number, done: (dataUrl: string) => void): Promise<void> {
    while (this.free.length === 0) await Promise.race(this.busy);
    const canvas = this.free.pop()!;
    canvas.width = w;
    canvas.height = h;
    canvas.getContext("2d").putImageData(new ImageData(pixels, w, h), 0, 0);
    const job: Promise<void> = canvas.encode("jpeg", CROP_QUALITY).then((jpeg) => {
      done(`data:image/jpeg;base64,${jpeg.toString("base64")}`);
    }).finally(() => {
      this.busy.delete(job);
      this.free.push(canvas);
    });
    job.catch(() => undefined); // observed by the next add or by drain; never an unhandled rejection meanwhile
    this.busy.add(job);
  }

  async drain(): Promise<void> {
    await Promise.all(this.busy);
  }

  release(): void {
    for (const c of this.free) c.width = c.height = 0;
  }
}

/** Dark enough to be ink (text or rule) on white paper, 0–255. */
const INK = 160;

/** A white pixel as one 32-bit word (all four bytes 255, whatever the byte order). */
const WHITE = 0xffffffff;

/**
 * The last pixel row holding ink in the w×h box at (x0, y0) of an RGBA image `stride` pixels wide, ignoring `edge`
 * pixels at each side and at the bottom (the cell's own rules, which run the full height); 0 when the box is blank.
 * Most of a cell is white paper: read as 32-bit words, it is passed over with one comparison a pixel.
 */
function inkBottom(data: Uint8Array, stride: number, x0: number, y0: number, w: number, h: number, edge: number): number {
  const aligned = data.byteOffset % 4 === 0 ? data : new Uint8Array(data);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >> 2);
  for (let y = h - 1 - edge; y > 0; y--) {
    const row = (y0 + y) * stride + x0;
    for (let i = row + edge, end = row + w - edge; i < end; i++) {
      if (words[i] === WHITE) continue;
      const b = i * 4;
      if (aligned[b]! < INK && aligned[b + 1]! < INK && aligned[b + 2]! < INK) return y + 1;
    }
  }
  return 0;
}

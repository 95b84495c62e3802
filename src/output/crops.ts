import { createCanvas } from "@napi-rs/canvas";
import { withRenderedPage, type PdfHandle } from "../pdf/index.js";
import type { HyoRecord } from "../schema/index.js";

/** Resolution of the report's source crops: 7 pt text stays legible, a row stays a few hundred KB at most. */
export const CROP_DPI = 110;
/** Lossy WebP keeps a full-width row of small text readable at a tenth of PNG's size (measured: ~630 KB → see README). */
const CROP_QUALITY = 80;
/** Margin around a record's cells in a crop, in points. */
const CROP_MARGIN_PT = 3;

export interface Crop {
  readonly field: string;
  readonly page: number;
  readonly dataUrl: string;
}

/**
 * For each record, a WebP image (as a data URL) of its source row on each page it spans: the union of its cells'
 * boxes. Pages are rendered one at a time, each once, so memory holds one page image.
 */
export async function renderRecordCrops(pdf: PdfHandle, records: readonly Pick<HyoRecord, "id" | "source">[], dpi = CROP_DPI): Promise<Record<string, Crop[]>> {
  const boxes = new Map<number, { id: string; box: [number, number, number, number] }[]>();
  for (const r of records) {
    const perPage = new Map<number, [number, number, number, number]>();
    // The topic cell is merged over all the topic's rows: the record's own row is the other cells.
    for (const [field, c] of Object.entries(r.source.cells)) {
      if (field === "topic") continue;
      const b = perPage.get(c.page);
      perPage.set(c.page, b ? [Math.min(b[0], c.bbox[0]), Math.min(b[1], c.bbox[1]), Math.max(b[2], c.bbox[2]), Math.max(b[3], c.bbox[3])] : [...c.bbox]);
    }
    for (const [page, box] of perPage) boxes.set(page, [...(boxes.get(page) ?? []), { id: r.id, box }]);
  }
  const out: Record<string, Crop[]> = {};
  for (const [pageNo, items] of [...boxes].sort((a, b) => a[0] - b[0])) {
    await withRenderedPage(pdf, pageNo, dpi, async ({ canvas }, _w, _h, scale) => {
      for (const { id, box } of items) {
        const x = Math.max(0, (box[0] - CROP_MARGIN_PT) * scale), y = Math.max(0, (box[1] - CROP_MARGIN_PT) * scale);
        const w = Math.min(canvas.width - x, (box[2] - box[0] + 2 * CROP_MARGIN_PT) * scale);
        const h = Math.min(canvas.height - y, (box[3] - box[1] + 2 * CROP_MARGIN_PT) * scale);
        const crop = createCanvas(Math.max(1, Math.round(w)), Math.max(1, Math.round(h)));
        crop.getContext("2d").drawImage(canvas, x, y, w, h, 0, 0, crop.width, crop.height);
        const image = await crop.encode("webp", CROP_QUALITY);
        (out[id] ??= []).push({ field: "row", page: pageNo, dataUrl: `data:image/webp;base64,${image.toString("base64")}` });
      }
    });
  }
  return out;
}

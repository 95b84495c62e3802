import { readFileSync } from "node:fs";
import { loadImage, createCanvas } from "@napi-rs/canvas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convert } from "../../src/pipeline/convert.js";
import { openPdf, renderPageImage, type PdfHandle } from "../../src/pdf/index.js";
import { CROP_DPI, renderFieldCrops, type Crop } from "../../src/output/crops.js";
import type { HyoRecord } from "../../src/schema/index.js";

const bytes = new Uint8Array(readFileSync("fixtures/pdf/r2-defects.pdf"));
let records: readonly HyoRecord[];
let pdf: PdfHandle;
let crops: Record<string, Crop[]>;

beforeAll(async () => {
  records = (await convert(bytes.slice(), { fileName: "r2-defects.pdf" })).records as HyoRecord[];
  pdf = await openPdf(bytes.slice());
  crops = await renderFieldCrops(pdf, records, (r) => r.needsReview);
}, 60_000);
afterAll(() => pdf.close());

/** A decoded JPEG crop's RGBA pixels. */
async function pixelsOf(c: Crop): Promise<Uint8ClampedArray> {
  const img = await loadImage(Buffer.from(c.dataUrl.split(",")[1]!, "base64"));
  const canvas = createCanvas(img.width, img.height);
  canvas.getContext("2d").drawImage(img, 0, 0);
  return canvas.getContext("2d").getImageData(0, 0, img.width, img.height).data;
}

/** Share of dark pixels (all of R, G, B under 128) of a decoded JPEG crop. */
async function inkShare(c: Crop): Promise<number> {
  const px = await pixelsOf(c);
  let dark = 0;
  for (let i = 0; i < px.length; i += 4) if (px[i]! < 128 && px[i + 1]! < 128 && px[i + 2]! < 128) dark++;
  return dark / (px.length / 4);
}

describe("renderFieldCrops", () => {
  it("gives an image for every field of the records that need review, none for the others", () => {
    const flagged = records.filter((r) => r.needsReview);
    expect(flagged.length).toBeGreaterThan(3);
    expect(Object.keys(crops).sort()).toEqual(flagged.map((r) => r.id).sort());
    for (const r of flagged) {
      expect(crops[r.id]!.map((c) => c.field).sort()).toEqual(Object.keys(r.source.cells).filter((f) => f !== "topic").sort());
    }
  });

  it("each image is its own cell at 110 dpi: as wide as the cell (+ margins), no taller, cut below its last ink", () => {
    const scale = CROP_DPI / 72;
    let cut = 0;
    for (const r of records.filter((x) => x.needsReview)) {
      for (const c of crops[r.id]!) {
        const [x0, y0, x1, y1] = r.source.cells[c.field]!.bbox;
        expect(c.page).toBe(r.source.cells[c.field]!.page);
        expect(Math.abs(c.width - (x1 - x0 + 4) * scale)).toBeLessThanOrEqual(2);
        expect(c.height).toBeLessThanOrEqual(Math.ceil((y1 - y0 + 4) * scale) + 1);
        if (c.height < (y1 - y0) * scale - 4) cut++;
      }
    }
    expect(cut).toBeGreaterThan(0);
  });

  it("an image of a cell with text shows its ink", async () => {
    const flagged = records.filter((r) => r.needsReview);
    const text = (r: HyoRecord, field: string) => (r as unknown as Record<string, unknown>)[field];
    const withText = flagged.flatMap((r) => crops[r.id]!.filter((c) => typeof text(r, c.field) === "string" && (text(r, c.field) as string).length > 8));
    expect(withText.length).toBeGreaterThan(5);
    for (const c of withText.slice(0, 8)) expect(await inkShare(c)).toBeGreaterThan(0.02);
  });

  it("each image shows its own cell as the whole page drawn at once does, whichever band of the page it was drawn in", async () => {
    await sameAsWholePage(pdf, records, crops);
    // r2-defects has its flagged rows next to each other (one band a page); r2-misaligned's page 4 has two flagged rows
    // 360 pt apart, drawn as two bands.
    const other = new Uint8Array(readFileSync("fixtures/pdf/r2-misaligned.pdf"));
    const otherRecords = (await convert(other.slice(), { fileName: "r2-misaligned.pdf" })).records as HyoRecord[];
    const otherPdf = await openPdf(other.slice());
    try {
      await sameAsWholePage(otherPdf, otherRecords, await renderFieldCrops(otherPdf, otherRecords, (r) => r.needsReview));
    } finally {
      await otherPdf.close();
    }
  }, 60_000);
});

/** Checks each crop against its cell cut from its page drawn whole. */
async function sameAsWholePage(pdf: PdfHandle, records: readonly HyoRecord[], crops: Record<string, Crop[]>): Promise<void> {
  const scale = CROP_DPI / 72;
  const flagged = records.filter((r) => r.needsReview);
  expect(flagged.length).toBeGreaterThan(3);
  for (const pageNo of new Set(flagged.flatMap((r) => crops[r.id]!.map((c) => c.page)))) {
    const whole = await renderPageImage(pdf, pageNo, CROP_DPI);
    for (const r of flagged) {
      for (const c of crops[r.id]!.filter((x) => x.page === pageNo)) {
        const px = await pixelsOf(c);
        const [x0, y0] = r.source.cells[c.field]!.bbox;
        const left = Math.round((x0 - 2) * scale), top = Math.round((y0 - 2) * scale);
        const crop = (x: number, y: number) => px[(Math.min(c.height - 1, Math.max(0, y)) * c.width + Math.min(c.width - 1, Math.max(0, x))) * 4]!;
        const page = (x: number, y: number) => whole.rgba[(Math.min(whole.height - 1, Math.max(0, top + y)) * whole.width + Math.min(whole.width - 1, Math.max(0, left + x))) * 4]!;
        // A band starts at a fraction of a pixel of its own, so its edges fall up to half a pixel over: both images are
        // compared blurred over 3×3 pixels.
        const blur = (at: (x: number, y: number) => number, x: number, y: number) => {
          let sum = 0;
          for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) sum += at(x + dx, y + dy);
          return sum / 9;
        };
        const diff = (dy: number) => {
          let d = 0;
          for (let y = 0; y < c.height; y++) for (let x = 0; x < c.width; x++) d += Math.abs(blur(crop, x, y) - blur(page, x, y + dy));
          return d;
        };
        // JPEG at quality 82 leaves some difference (text edges ring); the page 3 px lower, 1.8× as much or more.
        expect(diff(0)).toBeLessThan(diff(3) / 1.5);
      }
    }
  }
}

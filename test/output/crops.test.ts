import { readFileSync } from "node:fs";
import { loadImage, createCanvas } from "@napi-rs/canvas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convert } from "../../src/pipeline/convert.js";
import { openPdf, type PdfHandle } from "../../src/pdf/index.js";
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

/** Share of dark pixels (all of R, G, B under 128) of a decoded JPEG crop. */
async function inkShare(c: Crop): Promise<number> {
  const img = await loadImage(Buffer.from(c.dataUrl.split(",")[1]!, "base64"));
  const canvas = createCanvas(img.width, img.height);
  canvas.getContext("2d").drawImage(img, 0, 0);
  const px = canvas.getContext("2d").getImageData(0, 0, img.width, img.height).data;
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
});

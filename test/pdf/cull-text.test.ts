import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textOutsideFilter } from "../../src/pdf/cull-text.js";
import { openPdf, type PdfHandle } from "../../src/pdf/index.js";

type Region = readonly [number, number, number, number];

/** A region of a page drawn as withRenderedPage draws it, with or without the filter; its pixels and the runs skipped. */
async function draw(pdf: PdfHandle, pageNo: number, region: Region, cull: boolean) {
  const d = await pdf.drawable();
  const page = await d.doc.getPage(pageNo);
  const scale = 110 / 72;
  const vp = page.getViewport({ scale, offsetX: -region[0] * scale, offsetY: -region[1] * scale });
  const w = Math.ceil((region[2] - region[0]) * scale), h = Math.ceil((region[3] - region[1]) * scale);
  const target = (d.doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: unknown; context: CanvasRenderingContext2D } } }).canvasFactory.create(w, h);
  let task: unknown, skipped = 0;
  const filter = textOutsideFilter(() => task, w, h);
  task = page.render({ canvas: target.canvas as never, canvasContext: target.context as never, viewport: vp, ...(cull ? { operationsFilter: (i: number) => filter(i) || (skipped++, false) } : {}) });
  await (task as { promise: Promise<void> }).promise;
  return { pixels: Buffer.from(target.context.getImageData(0, 0, w, h).data), skipped };
}

describe("drawing a region skips the text outside it", () => {
  let pdf: PdfHandle;
  beforeAll(async () => { pdf = await openPdf(new Uint8Array(readFileSync("fixtures/pdf/r2-lines.pdf"))); });
  afterAll(async () => { await pdf.close(); });

  it("draws the same pixels as drawing every run, for a band across the page and a box off its left edge", async () => {
    for (const [pageNo, region] of [[1, [0, 216, 1152, 360]], [2, [72, 144, 288, 648]], [11, [300, 40, 900, 300]]] as [number, Region][]) {
      const culled = await draw(pdf, pageNo, region, true);
      const all = await draw(pdf, pageNo, region, false);
      expect(culled.skipped).toBeGreaterThan(0);
      expect(culled.pixels.equals(all.pixels)).toBe(true);
      // Not blank: the region holds table text and rules.
      expect(culled.pixels.some((v, i) => i % 4 === 0 && v < 128)).toBe(true);
    }
  }, 60_000);
});

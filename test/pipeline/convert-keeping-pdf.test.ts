import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/pipeline/convert.js";
import { convertDocument } from "../../src/pipeline/convert-document.js";
import { openPdf } from "../../src/pdf/index.js";
import { renderFieldCrops } from "../../src/output/crops.js";
import type { HyoRecord } from "../../src/schema/index.js";

const bytes = new Uint8Array(readFileSync("fixtures/pdf/r2-defects.pdf"));
const shape = (crops: Record<string, { field: string; page: number; width: number; height: number }[]>) =>
  Object.fromEntries(Object.entries(crops).map(([id, list]) => [id, list.map(({ field, page, width, height }) => ({ field, page, width, height }))]));

describe("convertDocument keeping the PDF open (the CLI's path when it writes review.html)", () => {
  it("gives the records convert gives, and an open handle that draws the same cell images as a fresh one", async () => {
    const plain = await convert(bytes.slice(), { fileName: "r2-defects.pdf" });
    const { result, pdf } = await convertDocument(bytes.slice(), { fileName: "r2-defects.pdf" }, () => {}, true);
    if (!pdf) throw new Error("the document was not handed over");
    const fresh = await openPdf(bytes.slice());
    try {
      expect(result.records).toEqual(plain.records);
      const flagged = (r: { needsReview: boolean }) => r.needsReview;
      const records = result.records as HyoRecord[];
      const kept = await renderFieldCrops(pdf, records, flagged);
      expect(Object.keys(kept).length).toBeGreaterThan(3);
      expect(shape(kept)).toEqual(shape(await renderFieldCrops(fresh, records, flagged)));
    } finally {
      await pdf.close();
      await fresh.close();
    }
  }, 60_000);

  it("a PDF with no table: the error convert gives, not a handle", async () => {
    const blank = new Uint8Array(readFileSync("fixtures/bad/no-table.pdf"));
    await expect(convertDocument(blank, {}, () => {}, true)).rejects.toThrow(/no table/);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cellImage } from "../../../src/ocr/cell-image.js";
import { greyFromRgba } from "../../../src/ocr/raster/grey-image.js";
import { verticalColumns } from "../../../src/ocr/raster/vertical-columns.js";
import { openPdf, readPage, renderPageImage } from "../../../src/pdf/index.js";
import { findTables } from "../../../src/table/index.js";
import type { Bbox } from "../../../src/types/index.js";

/** Each ruled cell of a page as a 300 dpi scan sees it (the crop OCR gets), with its box. */
async function scannedCells(file: string, pageNo: number) {
  const pdf = await openPdf(new Uint8Array(readFileSync(file)));
  try {
    const page = await readPage(pdf, pageNo);
    const image = await renderPageImage(pdf, pageNo, 300);
    const grey = greyFromRgba({ width: image.width, height: image.height, data: image.rgba });
    return findTables({ ...page, runs: [] }).tables.flatMap((t) => t.cells).flatMap((c) => {
      const crop = cellImage(grey, c.bbox, image.scale);
      return crop ? [{ bbox: c.bbox, crop }] : [];
    });
  } finally {
    await pdf.close();
  }
}

const truth = JSON.parse(readFileSync("fixtures/pdf/vertical-cells.truth.json", "utf8")) as { cells: { text: string; columns: number; box: Bbox }[] };
const inside = (a: Bbox, b: Bbox) => a[0] >= b[0] - 1 && a[2] <= b[2] + 1 && a[1] >= b[1] - 4 && a[3] <= b[3] + 1;

describe("verticalColumns", () => {
  it("finds the cells written in three or more vertical columns, and no other", async () => {
    const cells = await scannedCells("fixtures/pdf/vertical-cells.pdf", 1);
    const found = truth.cells.map((t) => {
      const cell = cells.find((c) => inside(t.box, c.bbox) || inside(c.bbox, t.box));
      return { text: t.text, vertical: cell !== undefined && verticalColumns(cell.crop.image) !== undefined };
    });
    expect(found).toEqual(truth.cells.map((t) => ({ text: t.text, vertical: t.columns >= 3 })));
  });

  it("finds none in a table of horizontal text, wrapped lines and lone digits included", async () => {
    const cells = await scannedCells("fixtures/pdf/r2-lines.pdf", 1);
    expect(cells.length).toBeGreaterThan(50);
    expect(cells.filter((c) => verticalColumns(c.crop.image) !== undefined).map((c) => c.bbox)).toEqual([]);
  });
});

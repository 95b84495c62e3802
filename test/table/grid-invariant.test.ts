import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/index.js";
import { openPdf, readPage } from "../../src/pdf/index.js";
import { findTables } from "../../src/table/find-tables.js";
import { gridViolations, pageGrid } from "../../src/table/grid-invariant.js";

const cell = (row: number, col: number, rowSpan = 1, colSpan = 1) => ({ row, col, rowSpan, colSpan });

describe("gridViolations", () => {
  it("accepts a grid whose spans tile it", () => {
    expect(gridViolations({ rowCount: 2, columnCount: 3, cells: [cell(0, 0, 1, 3), cell(1, 0), cell(1, 1), cell(1, 2)] })).toEqual([]);
    expect(gridViolations({ rowCount: 3, columnCount: 2, cells: [cell(0, 0, 3, 1), cell(0, 1), cell(2, 1)] })).toEqual([]); // holes are allowed
  });

  it("finds a header cell spanning columns 1–3 while column 2 holds another cell", () => {
    const v = gridViolations({ rowCount: 2, columnCount: 4, cells: [cell(0, 0), cell(0, 1, 1, 3), cell(0, 2), cell(1, 0)] });
    expect(v).toEqual([expect.objectContaining({ kind: "overlap", cell: 2, other: 1 })]);
  });

  it("finds cells outside the grid, past its end or with no extent", () => {
    const v = gridViolations({ rowCount: 2, columnCount: 2, cells: [cell(0, 0), cell(1, 1, 2, 1), cell(0, 1, 1, 0), cell(-1, 0), cell(0, 2)] });
    expect(v.map((x) => [x.kind, x.cell])).toEqual([["outside", 1], ["outside", 2], ["outside", 3], ["outside", 4]]);
  });
});

/**
 * Every fixture PDF with a text layer, converted as the library does: tables.json's tables and the page grids they
 * were stitched from. OCR is off: the fixtures whose text layer lost its Unicode still have their rules, so their
 * grids are the ones OCR fills; the image-only scans are checked in test/ocr/scanned-fixtures.test.ts (OCR takes
 * a minute a page on the shared machine).
 */
const IMAGE_ONLY = new Set(["r2-scan.pdf", "r2-scan-300.pdf", "lo-scan-gothic.pdf", "lo-scan-mincho-sealed.pdf"]);
const pdfsUnder = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? pdfsUnder(path.join(dir, e.name)) : e.name.endsWith(".pdf") && !IMAGE_ONLY.has(e.name) ? [path.join(dir, e.name)] : []);
const FIXTURES = [...pdfsUnder("fixtures/pdf"), ...pdfsUnder("fixtures/icdar")].sort();

describe("every fixture's tables.json keeps the grid invariant", () => {
  it("covers the fixtures", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(25);
    expect(FIXTURES).toContain("fixtures/pdf/lo-calc-norules.pdf");
  });

  it.each(FIXTURES)("%s", async (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const result = await convert(bytes, { fileName: path.basename(file), ocr: "off" });
    expect(result.tables.length).toBeGreaterThan(0);
    expect(result.tables.flatMap((t) => gridViolations(t).map((v) => `${t.id}: ${v.message}`))).toEqual([]);
    // The page grids the tables were stitched from, found again page by page.
    const pdf = await openPdf(bytes, { forDrawing: false });
    try {
      for (let p = 1; p <= pdf.pageCount; p++) {
        const { tables } = findTables(await readPage(pdf, p));
        expect(tables.flatMap((t) => gridViolations(pageGrid(t)).map((v) => `page ${p}: ${v.message}`))).toEqual([]);
      }
    } finally {
      await pdf.close();
    }
  }, 120_000);
});

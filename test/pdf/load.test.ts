import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openPdf, readPage, renderPageImage } from "../../src/pdf/index.js";
import type { PageContent } from "../../src/types/index.js";

const bytes = (name: string) => new Uint8Array(readFileSync(`fixtures/pdf/${name}.pdf`));
// pdfjs names fonts after the document they were loaded for (g_d0_f1, g_d1_f1): that part aside.
const sansDocId = (p: PageContent) => ({ ...p, runs: p.runs.map((r) => ({ ...r, fontName: r.fontName.replace(/^g_d\d+_/, "") })) });
const darkPixels = (rgba: Uint8ClampedArray) => { let n = 0; for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! < 128) n++; return n; };

describe("openPdf for reading only", () => {
  it("reads the same runs and rules as a handle opened to draw", async () => {
    const [reading, drawing] = await Promise.all([openPdf(bytes("r2-kangxi"), { forDrawing: false }), openPdf(bytes("r2-kangxi"))]);
    try {
      for (const pageNo of [1, reading.pageCount]) {
        const [r, d] = await Promise.all([readPage(reading, pageNo), readPage(drawing, pageNo)]);
        expect(r.runs.length).toBeGreaterThan(50);
        expect(sansDocId(r)).toEqual(sansDocId(d));
      }
    } finally {
      await Promise.all([reading.close(), drawing.close()]);
    }
  });

  it("draws a page through a twin opened to draw: the same pixels, text included", async () => {
    // pdfjs on Node draws text from glyph outlines, which a reading handle does not have built.
    const [reading, drawing] = await Promise.all([openPdf(bytes("r2-lines"), { forDrawing: false }), openPdf(bytes("r2-lines"))]);
    try {
      expect(await reading.drawable()).toBe(await reading.drawable());
      expect(await drawing.drawable()).toBe(drawing);
      const [r, d] = await Promise.all([renderPageImage(reading, 1, 50), renderPageImage(drawing, 1, 50)]);
      expect(darkPixels(r.rgba)).toBeGreaterThan(5000);
      expect(Buffer.from(r.rgba).equals(Buffer.from(d.rgba))).toBe(true);
    } finally {
      await Promise.all([reading.close(), drawing.close()]);
    }
  });
});

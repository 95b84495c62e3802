import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fontCollections } from "../../src/pdf/cid/font-collections.js";
import { openPdf, readPage, type PdfHandle } from "../../src/pdf/index.js";
import { convert } from "../../src/index.js";

/**
 * fixtures/pdf/japan1-cid.pdf (scripts/cid-japan1/make-japan1-cid.ts): InDesign's set-up — a heading font whose
 * codes are Adobe-Japan1 CIDs with a ToUnicode map of the digits only, a body font that reads fine, and a note font
 * of the collection with no ToUnicode. The truth file lists every line drawn.
 */
const FILE = "fixtures/pdf/japan1-cid.pdf";
const truth = JSON.parse(readFileSync("fixtures/pdf/japan1-cid.truth.json", "utf8")) as { fonts: Record<string, string>; lines: { role: string; text: string }[] };
const bytes = new Uint8Array(readFileSync(FILE));
const pageText = (runs: readonly { text: string }[]) => runs.map((r) => r.text).join("\n");

describe("re-decoding fonts through their character collection", () => {
  let pdf: PdfHandle;
  beforeAll(async () => { pdf = await openPdf(bytes, { forDrawing: false }); });
  afterAll(async () => { await pdf.close(); });

  it("finds the CIDSystemInfo of each CID font in the file", () => {
    const collections = fontCollections(bytes);
    expect(collections.get(truth.fonts.heading!)).toBe("Adobe-Japan1");
    expect(collections.get(truth.fonts.note!)).toBe("Adobe-Japan1");
    expect(collections.has(truth.fonts.body!)).toBe(false); // pdfkit's own font says Adobe-Identity
  });

  it("without the collection, the heading font is mojibake and the page would go to OCR", async () => {
    const page = await readPage({ ...pdf, fontCollections: () => new Map() }, 1);
    expect(page.quality.verdict).toBe("broken");
    expect(pageText(page.runs)).not.toContain(truth.lines[0]!.text);
  });

  it("reads every line exactly from the text layer, re-decoding only the heading font", async () => {
    const page = await readPage(pdf, 1);
    expect(page.quality.verdict).toBe("usable");
    expect(page.quality.badShare).toBe(0);
    expect(page.quality.reason).toMatch(/1 font\(s\) re-decoded through Adobe-Japan1/);
    const lines = page.runs.map((r) => r.text);
    for (const { text } of truth.lines) expect(lines).toContain(text);
  });

  it("leaves a font outside any collection broken (glyph ids of a subset): its page still goes to OCR", async () => {
    const other = await openPdf(new Uint8Array(readFileSync("fixtures/pdf/r2-nounicode.pdf")), { forDrawing: false });
    try {
      const page = await readPage(other, 1);
      expect(page.quality.verdict).toBe("broken");
      expect(page.quality.reason).not.toMatch(/re-decoded/);
    } finally {
      await other.close();
    }
  });

  it("convert() reads the table from the text layer: no page broken, no OCR, the cells exact", async () => {
    const { tables, pages } = await convert(bytes, { fileName: "japan1-cid.pdf", ocr: "auto" });
    expect(pages.map((p) => [p.source, p.textLayer.verdict])).toEqual([["text-layer", "usable"]]);
    const cells = JSON.stringify(tables);
    for (const { role, text } of truth.lines) if (role !== "note" && text !== truth.lines[0]!.text) expect(cells).toContain(`"${text}"`);
  });
});

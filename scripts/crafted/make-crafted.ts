import { drawPage } from "../fixtures/draw.js";
import { layoutGyosei } from "../fixtures/gyosei-layout.js";
import { R2_RECTS, type GyoseiVariant } from "../fixtures/gyosei-variants.js";
import { createDoc, FONT, savePdf } from "../fixtures/pdf-doc.js";
import type { Truth } from "../fixtures/truth.js";
import { Typesetter } from "../fixtures/typesetter.js";
import { unambiguousWidths } from "../fixtures/unambiguous-widths.js";

/** What a crafted (or careless) PDF can put in a cell, aimed at HTML, spreadsheets and terminals. */
export const HOSTILE_TEXTS = [
  "<script>alert(1)</script>",
  "\"><img src=x onerror=alert(1)>",
  "javascript:alert(document.cookie)",
  "</script><script>alert(2)</script>",
  // pdfkit's font has no glyph for U+202E: it is drawn as .notdef (a full em) and read back as NUL.
  "\u202Etxt.exe",
  "=HYPERLINK(\"http://evil.example/\",\"click\")",
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
] as const;

const R2_CRAFTED: GyoseiVariant = { ...R2_RECTS, file: "fixtures/pdf/crafted-cells.pdf", pageStarts: [] };

/** fixtures/pdf/crafted-cells.pdf: the gyosei table with hostile strings as the item of its first rows. */
export async function makeCraftedFixture(truth: Truth): Promise<string> {
  const rows = truth.rows.map((r, i) => (i < HOSTILE_TEXTS.length ? { ...r, item: HOSTILE_TEXTS[i]! } : r));
  const doc = createDoc(truth.document.title);
  const ts = new Typesetter(doc, R2_CRAFTED.typesetting);
  const variant = { ...R2_CRAFTED, colWidths: unambiguousWidths({ ...truth, rows }, R2_CRAFTED, ts) };
  for (const page of layoutGyosei({ ...truth, rows }, variant, ts).pages) drawPage(doc, ts, page);
  await savePdf(doc, variant.file);
  return `${variant.file}: ${HOSTILE_TEXTS.length} hostile items`;
}

/**
 * fixtures/pdf/huge-cells.pdf: page 1 a 100 × 50 grid (5,000 cells) of numbers, page 2 a one-cell table holding
 * 10,000 characters — the sizes a careless export or a crafted file reaches.
 */
export async function makeHugeCellsFixture(): Promise<string> {
  const doc = createDoc("huge cells");
  doc.addPage({ size: "A3", layout: "landscape", margin: 0 });
  const cols = 50, rows = 100, x0 = 30, y0 = 30, w = 22.5, h = 7.6;
  doc.lineWidth(0.3);
  for (let r = 0; r <= rows; r++) doc.moveTo(x0, y0 + r * h).lineTo(x0 + cols * w, y0 + r * h);
  for (let c = 0; c <= cols; c++) doc.moveTo(x0 + c * w, y0).lineTo(x0 + c * w, y0 + rows * h);
  doc.stroke();
  doc.font(FONT).fontSize(5);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) doc.text(r === 0 ? `列${c + 1}` : String(r * cols + c), x0 + c * w + 1.5, y0 + r * h + 1.5, { lineBreak: false });
  doc.addPage({ size: "A4", margin: 0 });
  const text = "あいうえおかきくけこ".repeat(1000);
  const [bx, by, bw, bh] = [30, 60, 535, 760];
  doc.rect(bx, 30, bw, 30).stroke().rect(bx, by, bw, bh).stroke();
  doc.fontSize(8).text("長いセル", bx + 3, 40, { lineBreak: false });
  const perLine = Math.floor((bw - 6) / 2.5), fontSize = 2.5;
  doc.fontSize(fontSize);
  for (let i = 0, line = 0; i < text.length; i += perLine, line++) doc.text(text.slice(i, i + perLine), bx + 3, by + 3 + line * fontSize * 1.2, { lineBreak: false });
  await savePdf(doc, "fixtures/pdf/huge-cells.pdf");
  return "fixtures/pdf/huge-cells.pdf: 5,000 cells on page 1, a 10,000-character cell on page 2";
}

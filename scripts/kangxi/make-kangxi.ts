import { readFileSync } from "node:fs";
import { drawPage } from "../fixtures/draw.js";
import { layoutGyosei } from "../fixtures/gyosei-layout.js";
import { R2_LINES, type GyoseiVariant } from "../fixtures/gyosei-variants.js";
import { createDoc, FONT_PATH, savePdf } from "../fixtures/pdf-doc.js";
import type { Truth } from "../fixtures/truth.js";
import { Typesetter } from "../fixtures/typesetter.js";
import { unambiguousWidths } from "../fixtures/unambiguous-widths.js";
import { GRADE_TEXT_LAYER, VARIANT_TEXT_LAYER } from "./code-point-maps.js";
import { distinctFontBytes, registerFontCopy, remapFontText } from "./remap-font.js";

const VARIANT_FONT = "IPAexGothic-brokenmap";
const GRADE_FONT = "IPAexGothic-cyrillic-a";
/** Body text columns (0-based) whose cells may get the broken text layer: c5–c12 and c14. */
const TEXT_COLS = new Set([4, 5, 6, 7, 8, 9, 10, 11, 13]);
const GRADE_COL = 12;

const R2_KANGXI: GyoseiVariant = { ...R2_LINES, file: "fixtures/pdf/r2-kangxi.pdf", pageStarts: [] };

/**
 * fixtures/pdf/r2-kangxi.pdf: looks like r2-lines, but in every other data cell the text layer is broken the
 * way municipal PDFs are (Kangxi/compatibility code points, full-width digits, half-width kana, · bullets),
 * some grade A cells read as Cyrillic А, and some cells are drawn one glyph per run with spaces between.
 * Returns a summary of what was injected.
 */
export async function makeKangxiFixture(truth: Truth): Promise<string> {
  const doc = createDoc(truth.document.title);
  const ttf = readFileSync(FONT_PATH);
  registerFontCopy(doc, VARIANT_FONT, distinctFontBytes(ttf, 1));
  registerFontCopy(doc, GRADE_FONT, distinctFontBytes(ttf, 2));
  const ts = new Typesetter(doc, R2_KANGXI.typesetting);
  const variant = { ...R2_KANGXI, colWidths: unambiguousWidths(truth, R2_KANGXI, ts) };
  const layout = layoutGyosei(truth, variant, ts);
  let textCells = 0, gradeCells = 0, glyphRunCells = 0, seen = 0, grades = 0;
  for (const page of layout.pages) {
    for (const cell of page.table.cells) {
      if (cell.row < page.table.headerRows || cell.text === "") continue;
      if (TEXT_COLS.has(cell.col) && cell.colSpan === 1) {
        seen++;
        if (seen % 2 === 0) { cell.font = VARIANT_FONT; textCells++; }
        else if (seen % 5 === 0) { cell.glyphRuns = true; glyphRunCells++; }
      }
      if (cell.col === GRADE_COL && cell.text === "A" && ++grades % 2 === 1) { cell.font = GRADE_FONT; gradeCells++; }
    }
    drawPage(doc, ts, page);
  }
  const glyphs = remapFontText(doc, VARIANT_FONT, VARIANT_TEXT_LAYER);
  remapFontText(doc, GRADE_FONT, GRADE_TEXT_LAYER);
  await savePdf(doc, variant.file);
  return `${variant.file}: ${layout.pages.length} pages; broken text layer in ${textCells} cells (${glyphs} glyphs remapped), Cyrillic А in ${gradeCells} grade cells, one glyph per run in ${glyphRunCells} cells`;
}

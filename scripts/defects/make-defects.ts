import { writeFileSync } from "node:fs";
import { drawPage } from "../fixtures/draw.js";
import { DATA_FIELDS, layoutGyosei } from "../fixtures/gyosei-layout.js";
import { R2_LINES, type GyoseiVariant } from "../fixtures/gyosei-variants.js";
import { createDoc, savePdf } from "../fixtures/pdf-doc.js";
import type { Truth } from "../fixtures/truth.js";
import { Typesetter } from "../fixtures/typesetter.js";
import { unambiguousWidths } from "../fixtures/unambiguous-widths.js";
import { injectDefects } from "./inject.js";

const R2_DEFECTS: GyoseiVariant = { ...R2_LINES, file: "fixtures/pdf/r2-defects.pdf", pageStarts: [] };
const MANIFEST = "fixtures/pdf/r2-defects.injected.json";
const NO_COL = 3;
/** The clipped cell's last line runs this share of an em past the bottom rule (its centre stays inside). */
const CLIP_EM = 0.4;

/**
 * fixtures/pdf/r2-defects.pdf: a copy of the truth with problems a reviewer must be pointed at, plus a text
 * that runs out of its cell; fixtures/pdf/r2-defects.injected.json lists each with the flag that answers it.
 */
export async function makeDefectsFixture(truth: Truth): Promise<string> {
  const { rows, injected } = injectDefects(truth.rows);
  const defective: Truth = { ...truth, rows };
  const doc = createDoc(truth.document.title);
  const ts = new Typesetter(doc, R2_DEFECTS.typesetting);
  const variant = { ...R2_DEFECTS, colWidths: unambiguousWidths(defective, R2_DEFECTS, ts) };
  const layout = layoutGyosei(defective, variant, ts);
  // The clipped cell: in the first data row without another defect, its tallest cell drawn low enough that the
  // last line crosses the bottom rule, as text cut off by a row too short for it.
  const used = new Set(injected.map((d) => d.row));
  const clipRow = rows.findIndex((_, i) => !used.has(i));
  let clippedField = "";
  let dataRow = -1;
  for (const page of layout.pages) {
    const table = page.table;
    for (const row of [...new Set(table.cells.filter((c) => c.col === NO_COL && c.row >= table.headerRows).map((c) => c.row))].sort((a, b) => a - b)) {
      if (++dataRow !== clipRow) continue;
      const cells = table.cells.filter((c) => c.row === row && c.col > NO_COL && c.rowSpan === 1 && c.text !== "");
      const tallest = cells.sort((a, b) => ts.cellHeight(b.text, b.fontSize, variant.colWidths[b.col]!) - ts.cellHeight(a.text, a.fontSize, variant.colWidths[a.col]!))[0]!;
      const pitch = ts.lineHeight(tallest.fontSize);
      tallest.shiftY = ts.options.padding + (pitch - tallest.fontSize) / 2 + CLIP_EM * tallest.fontSize;
      clippedField = DATA_FIELDS[tallest.col - NO_COL]!;
    }
    drawPage(doc, ts, page);
  }
  injected.push({ row: clipRow, kind: "text running out of its cell", expectedFlag: "review/clipped-text", field: clippedField });
  await savePdf(doc, variant.file);
  writeFileSync(MANIFEST, JSON.stringify(injected.sort((a, b) => a.row - b.row), null, 2) + "\n");
  return `${variant.file}: ${layout.pages.length} pages; ${injected.length} defects injected (${MANIFEST})`;
}

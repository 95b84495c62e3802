import { drawPage } from "../fixtures/draw.js";
import { layoutGyosei } from "../fixtures/gyosei-layout.js";
import { R2_LINES, type GyoseiVariant } from "../fixtures/gyosei-variants.js";
import { createDoc, savePdf } from "../fixtures/pdf-doc.js";
import type { Truth } from "../fixtures/truth.js";
import { Typesetter } from "../fixtures/typesetter.js";
import { unambiguousWidths } from "../fixtures/unambiguous-widths.js";

const R2_MISALIGNED: GyoseiVariant = { ...R2_LINES, file: "fixtures/pdf/r2-misaligned.pdf", pageStarts: [] };
/** Grid lines (0-based) between c7|c8 and c10|c11: left out in every 4th data row. */
const DROPPED_LINES = [7, 10];
const NO_COL = 3, FUTURE_COL = 6, PLANS_COL = 7, TARGET_COL = 8, CHECK_COL = 11;

/**
 * fixtures/pdf/r2-misaligned.pdf: the table as a sloppy Excel export — inner vertical rules missing in some rows
 * (two texts side by side in what the lattice sees as one wide cell), a first line overflowing into an empty
 * neighbour, and texts shifted a few points so glyphs cross a rule. Returns a summary of what was injected.
 */
export async function makeMisalignedFixture(truth: Truth): Promise<string> {
  const doc = createDoc(truth.document.title);
  const ts = new Typesetter(doc, R2_MISALIGNED.typesetting);
  const variant = { ...R2_MISALIGNED, colWidths: unambiguousWidths(truth, R2_MISALIGNED, ts) };
  const layout = layoutGyosei(truth, variant, ts);
  let dataRow = 0, missing = 0, overflows = 0, shifted = 0;
  for (const page of layout.pages) {
    const table = page.table;
    table.missingRules = new Set();
    const rows = [...new Set(table.cells.filter((c) => c.col === NO_COL && c.row >= table.headerRows).map((c) => c.row))].sort((a, b) => a - b);
    for (const row of rows) {
      dataRow++;
      const at = (col: number) => table.cells.find((c) => c.row === row && c.col === col);
      if (dataRow % 4 === 0) for (const line of DROPPED_LINES) { table.missingRules.add(`${row}|${line}`); missing++; }
      const future = at(FUTURE_COL), plans = at(PLANS_COL);
      if (future && plans && plans.text === "" && future.text !== "") { future.overflow = variant.colWidths[PLANS_COL]! - 6; overflows++; }
      const target = at(TARGET_COL), check = at(CHECK_COL);
      if (dataRow % 5 === 0 && target) { target.shiftX = -3; shifted++; }
      if (dataRow % 7 === 0 && check) { check.shiftX = 2; shifted++; }
    }
    drawPage(doc, ts, page);
  }
  await savePdf(doc, variant.file);
  return `${variant.file}: ${layout.pages.length} pages; ${missing} inner rules left out, ${overflows} lines overflowing into an empty neighbour, ${shifted} cells shifted`;
}

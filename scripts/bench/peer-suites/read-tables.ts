import { readFileSync } from "node:fs";
import { openPdf } from "../../../src/pdf/load.js";
import { readPage } from "../../../src/pdf/read-page.js";
import { findTables, type PageTable } from "../../../src/table/index.js";

/** hyo's tables on every page of one PDF, as the table finder returns them (before stitching). */
export interface DocTables {
  readonly file: string;
  readonly pages: readonly { readonly pageNo: number; readonly height: number; readonly tables: readonly PageTable[] }[];
  /** Set when the PDF could not be opened or a page not read (the pages before it are kept). */
  readonly error?: string;
}

export async function readDocTables(file: string, password?: string): Promise<DocTables> {
  const pages: { pageNo: number; height: number; tables: PageTable[] }[] = [];
  let pdf;
  try {
    pdf = await openPdf(new Uint8Array(readFileSync(file)), { forDrawing: false, ...(password ? { password } : {}) });
  } catch (e) {
    return { file, pages, error: (e as Error).message.split("\n")[0]! };
  }
  try {
    for (let p = 1; p <= pdf.pageCount; p++) {
      const page = await readPage(pdf, p);
      pages.push({ pageNo: p, height: page.height, tables: findTables(page).tables });
    }
  } catch (e) {
    return { file, pages, error: (e as Error).message.split("\n")[0]! };
  } finally {
    await pdf.close();
  }
  return { file, pages };
}

/**
 * A table as rows of cell texts (visual lines joined by a space): a spanning cell's text in its top-left slot,
 * the slots it covers "" (as Camelot and pdfplumber report merged cells).
 */
export function tableRows(t: PageTable): string[][] {
  const rows = Array.from({ length: t.rowYs.length - 1 }, () => Array<string>(t.colXs.length - 1).fill(""));
  for (const c of t.cells) {
    const row = rows[c.row];
    if (row && c.col < row.length) row[c.col] = c.lines.map((l) => l.text.trim()).join(" ");
  }
  return rows;
}

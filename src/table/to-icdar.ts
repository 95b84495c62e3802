import type { PageTable } from "./types.js";

/** A table in the ICDAR 2013 competition's prediction shape (as read by the bench scorer). */
export interface IcdarTable {
  readonly page: number;
  /** x1, y1, x2, y2 in PDF points, origin bottom-left. */
  readonly bbox: readonly [number, number, number, number];
  readonly cells: readonly { row: number; col: number; rowSpan: number; colSpan: number; text: string }[];
}

/**
 * A page table → ICDAR prediction: the box flipped to PDF's bottom-left origin, each non-empty cell with
 * its visual lines joined by a space (the official measure drops whitespace, so line breaks and wraps
 * compare alike).
 */
export function toIcdarTable(table: PageTable, pageHeight: number): IcdarTable {
  const [x0, top, x1, bottom] = table.bbox;
  return {
    page: table.pageNo,
    bbox: [x0, pageHeight - bottom, x1, pageHeight - top],
    cells: table.cells
      .map((c) => ({ row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, text: c.lines.map((l) => l.text.trim()).join(" ") }))
      .filter((c) => c.text !== ""),
  };
}

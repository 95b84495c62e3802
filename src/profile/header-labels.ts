import type { LogicalTable } from "../table/index.js";

/** Label of each column: the texts of the header cells covering it, top to bottom, without whitespace. */
export function columnLabels(table: LogicalTable): string[] {
  const labels: string[] = [];
  // The header cells once, not every cell per column: a 200-page table has tens of thousands of body cells.
  const header = table.cells.filter((c) => c.row < table.headerRows).map((c) => ({ c, t: c.text.normalize("NFKC").replace(/\s+/gu, "") }));
  for (let col = 0; col < table.columnCount; col++) {
    const parts: string[] = [];
    for (const { c, t } of header) {
      if (col < c.col || col >= c.col + c.colSpan) continue;
      if (t && !parts.includes(t)) parts.push(t);
    }
    labels.push(parts.join(""));
  }
  return labels;
}

import type { LogicalTable } from "../table/index.js";

/** Label of each column: the texts of the header cells covering it, top to bottom, without whitespace. */
export function columnLabels(table: LogicalTable): string[] {
  const labels: string[] = [];
  for (let col = 0; col < table.columnCount; col++) {
    const parts: string[] = [];
    for (const c of table.cells) {
      if (c.row >= table.headerRows || col < c.col || col >= c.col + c.colSpan) continue;
      const t = c.text.normalize("NFKC").replace(/\s+/gu, "");
      if (t && !parts.includes(t)) parts.push(t);
    }
    labels.push(parts.join(""));
  }
  return labels;
}

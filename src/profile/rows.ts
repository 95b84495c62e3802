import type { LogicalTable, TableCell } from "../table/index.js";

/** For each body row, the cell covering each column (merged cells cover every row and column they span). */
export function bodyRows(table: LogicalTable): { row: number; covering: (TableCell | undefined)[]; starting: TableCell[] }[] {
  const grid: (TableCell | undefined)[][] = Array.from({ length: table.rowCount }, () => new Array(table.columnCount).fill(undefined));
  const starting: TableCell[][] = Array.from({ length: table.rowCount }, () => []);
  for (const c of table.cells) {
    starting[c.row]?.push(c);
    for (let r = c.row; r < c.row + c.rowSpan; r++) for (let k = c.col; k < c.col + c.colSpan; k++) if (grid[r]) grid[r]![k] = c;
  }
  const out = [];
  for (let row = table.headerRows; row < table.rowCount; row++) out.push({ row, covering: grid[row]!, starting: starting[row]! });
  return out;
}

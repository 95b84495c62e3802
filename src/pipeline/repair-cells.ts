import type { LogicalTable } from "../table/index.js";
import { repairText } from "../text/index.js";

/** The text stage over every cell: repaired text, and what was changed. */
export function repairTable(table: LogicalTable): LogicalTable {
  return {
    ...table,
    cells: table.cells.map((c) => {
      const { text, repairs } = repairText(c.text);
      return repairs.length ? { ...c, text, repairs } : c;
    }),
  };
}

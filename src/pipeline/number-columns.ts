import { checkNumericColumn } from "../numbers/numeric-column.js";
import type { RecordsFile } from "../schema/index.js";
import type { LogicalTable, TableCell } from "../table/index.js";
import type { Bbox, Flag } from "../types/index.js";

export const NUMBER_REPAIRED_FLAG = "review/ocr-number-repaired";
export const NUMBER_AMBIGUOUS_FLAG = "review/ocr-number-ambiguous";
const REPAIR_RULE = "ocr-number-column";

/** A flag for whatever record field comes from the cell at `page`/`bbox`. */
export interface CellFlag { readonly page: number; readonly bbox: Bbox; readonly flag: Omit<Flag, "field"> }

/**
 * OCR'd numbers checked against their column (numbers/numeric-column.ts): the column's own cells — text-layer or
 * OCR — set the convention, and only OCR'd cells are changed. A repair is kept in the cell's `repairs` and flagged
 * (warn: the value changed; info: a nil dash), an ambiguous reading is left as read and flagged as an error with
 * both readings. Never a silent change of magnitude.
 */
export function checkNumberColumns(table: LogicalTable): { table: LogicalTable; flags: CellFlag[] } {
  const changed = new Map<TableCell, TableCell>();
  const flags: CellFlag[] = [];
  for (let col = 0; col < table.columnCount; col++) {
    const header = table.cells.filter((c) => c.row < table.headerRows && c.col <= col && col < c.col + c.colSpan).map((c) => c.text).join(" ");
    const body = table.cells.filter((c) => c.row >= table.headerRows && c.col === col && c.colSpan === 1).sort((a, b) => a.row - b.row);
    for (const [i, check] of checkNumericColumn(header, body.map((c) => c.text))) {
      const cell = body[i]!;
      if (cell.confidence === undefined) continue; // a text-layer number is exact as drawn
      if (check.kind === "ambiguous") {
        const [asRead, alternative] = check.readings;
        flags.push({ page: cell.pageNo, bbox: cell.bbox, flag: { code: NUMBER_AMBIGUOUS_FLAG, severity: "error", message: `OCR read ${asRead}; it may be ${alternative} (${check.reason}): check the value against the page` } });
        continue;
      }
      changed.set(cell, { ...cell, text: check.to, repairs: [...(cell.repairs ?? []), { rule: REPAIR_RULE, from: check.from, to: check.to }] });
      const nilDash = !/\d/u.test(check.to);
      flags.push({ page: cell.pageNo, bbox: cell.bbox, flag: { code: NUMBER_REPAIRED_FLAG, severity: nilDash ? "info" : "warn", message: `OCR read ${check.from}, taken as ${check.to}: ${check.reason}` } });
    }
  }
  return { table: changed.size === 0 ? table : { ...table, cells: table.cells.map((c) => changed.get(c) ?? c) }, flags };
}

/** Adds each cell flag to the record field whose source cell holds the flagged cell's centre. */
export function attachCellFlags(file: RecordsFile, cellFlags: readonly CellFlag[]): RecordsFile {
  if (cellFlags.length === 0) return file;
  const records = file.records.map((r) => {
    const flags: Flag[] = [];
    for (const [field, cell] of Object.entries(r.source.cells)) {
      for (const { page, bbox, flag } of cellFlags) {
        const [cx, cy] = [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2];
        if (page === cell.page && cx > cell.bbox[0] && cx < cell.bbox[2] && cy > cell.bbox[1] && cy < cell.bbox[3]) flags.push({ ...flag, field });
      }
    }
    if (flags.length === 0) return r;
    const all = [...r.flags, ...flags];
    return { ...r, flags: all, needsReview: all.some((f) => f.severity !== "info") };
  });
  return { ...file, records } as RecordsFile;
}

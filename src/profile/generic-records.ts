import type { LogicalTable } from "../table/index.js";
import type { GenericRecord } from "../schema/index.js";
import type { Repair } from "../types/index.js";
import { columnLabels } from "./header-labels.js";
import { bodyRows } from "./rows.js";
import { dict, RESERVED_KEYS } from "../util/dict.js";
import { outputBbox } from "../types/geometry.js";

/**
 * Any table: one record per body row, keyed by header label (col_N where the header is empty; repeats numbered;
 * a reserved name such as `__proto__` gets `_colN`, where N is its column, or it would vanish from the record).
 */
export function buildGenericRecords(table: LogicalTable): GenericRecord[] {
  const keys = uniqueKeys(columnLabels(table));
  return bodyRows(table).flatMap(({ row, covering, starting }) => {
    if (!starting.some((c) => c.text !== "")) return [];
    const fields = dict<string>();
    const repairs = dict<Repair[]>();
    const cells: GenericRecord["source"]["cells"] = dict();
    covering.forEach((cell, col) => {
      const key = keys[col]!;
      fields[key] = cell && cell.col === col ? cell.text : "";
      if (!cell || cell.col !== col) return;
      if (cell.repairs?.length) repairs[key] = [...cell.repairs];
      cells[key] = { page: cell.pageNo, bbox: outputBbox(cell.bbox) };
    });
    const pages = [...new Set(Object.values(cells).map((c) => c.page))].sort((a, b) => a - b);
    return [{ id: `${table.id}-r${row + 1}`, table: table.id, fields, repairs, flags: [], needsReview: false, source: { pages, cells } }];
  });
}

function uniqueKeys(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l, i) => {
    const base = !l ? `col_${i + 1}` : RESERVED_KEYS.has(l) ? `${l}_col${i + 1}` : l;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}

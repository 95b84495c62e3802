import type { GridRow, TableLayout } from "./generic-layout.js";
import { RESERVED_KEYS } from "../util/dict.js";

/** Separator of a column key's header levels: 事業費（千円） / 令和4年度決算. */
export const PATH_SEPARATOR = " / ";

/** A column's header: its labels top to bottom, and the key records use for it. */
export interface ColumnHeader {
  readonly key: string;
  readonly path: readonly string[];
}

/** Spreadsheet column letters: A…Z, AA, AB… */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A header label on one line: wrapped lines joined, runs of spaces made one. */
const oneLine = (s: string): string => s.replace(/\s*\n\s*/gu, "").replace(/\s+/gu, " ").trim();

/**
 * Each column's header path (the labels of the header cells covering it, top to bottom, a label spanning two
 * header rows counted once) and its key: the path joined with " / "; column letters for a headerless table or a
 * column with no label; a key that repeats gets " (2)", " (3)"…; a reserved name such as `__proto__` gets `_colN`
 */
export function columnHeaders(layout: TableLayout, columnCount: number): ColumnHeader[] {
  const headerRows: readonly GridRow[] = layout.rows.slice(layout.header.start, layout.header.end);
  const seen = new Map<string, number>();
  return Array.from({ length: columnCount }, (_, col) => {
    const path: string[] = [];
    let last: unknown;
    for (const r of headerRows) {
      const cell = r.covering[col];
      if (!cell || cell === last) continue;
      last = cell;
      const label = oneLine(cell.text);
      if (label) path.push(label);
    }
    const joined = path.join(PATH_SEPARATOR);
    // A reserved name (`__proto__`) would vanish from the record: it gets `_colN`, N its column.
    const base = !path.length ? columnLetter(col) : RESERVED_KEYS.has(joined) ? `${joined}_col${col + 1}` : joined;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base} (${n})`, path };
  });
}

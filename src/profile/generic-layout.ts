import type { LogicalTable, TableCell } from "../table/index.js";
import { parseCellNumber, scopedUnitNote, unitNote, type UnitSpec } from "./generic-cell-value.js";
import { pushAll } from "../util/arrays.js";

/** One grid row: the cell covering each column (merged cells cover every row and column they span) and the cells starting on it. */
export interface GridRow {
  readonly row: number;
  readonly covering: readonly (TableCell | undefined)[];
  readonly starting: readonly TableCell[];
}

/** Where a table's title and notes, header and body lie, and the 単位 note that sets its unit. */
export interface TableLayout {
  readonly rows: readonly GridRow[];
  /** Header rows [start, end); start == end when the table has none. */
  readonly header: { readonly start: number; readonly end: number };
  readonly headerless: boolean;
  /** Body rows (indices into `rows`), title and notes excluded. */
  readonly body: readonly GridRow[];
  /** Texts of the title, unit and foot-note rows the table region took in. */
  readonly notes: readonly string[];
  /** The 単位 note; `scope` is the column label it names, null when it holds for the whole table. */
  readonly unitNote: { readonly text: string; readonly unit: UnitSpec; readonly scope: string | null } | null;
}

/** A foot note starts with one of these: ※, 注, (注), *, 出典, 資料. */
const NOTE_START = /^(?:※|注|[(（]注|\*|＊|出典|資料[:：])/u;
/** A total row's label; the body before it is not a header. */
export const TOTAL_LABEL = /^(?:合計|総計|小計|計|総合計|total|subtotal|grandtotal)$/iu;

export function gridRows(table: LogicalTable): GridRow[] {
  const grid: (TableCell | undefined)[][] = Array.from({ length: table.rowCount }, () => new Array(table.columnCount).fill(undefined));
  const starting: TableCell[][] = Array.from({ length: table.rowCount }, () => []);
  for (const c of table.cells) {
    starting[c.row]?.push(c);
    for (let r = c.row; r < c.row + c.rowSpan; r++) for (let k = c.col; k < c.col + c.colSpan; k++) if (grid[r]) grid[r]![k] = c;
  }
  return grid.map((covering, row) => ({ row, covering, starting: starting[row]!.sort((a, b) => a.col - b.col) }));
}

export const filled = (r: GridRow): TableCell[] => r.starting.filter((c) => c.text.trim() !== "");
/** A bare year (2019) heads a column as often as it is a value: written without a separator, it is taken for a label. */
const YEAR_LABEL = /^(?:19|20)\d{2}$/u;
const hasNumber = (r: GridRow): boolean => filled(r).some((c) => !YEAR_LABEL.test(c.text.trim()) && parseCellNumber(c.text) !== null);
const squash = (s: string): string => s.normalize("NFKC").replace(/\s+/gu, "");

/**
 * A row that may be a title or a 単位 note: at most one label, in the first column or across the whole table (or a
 * 単位 note anywhere). A label over only some columns is a header level above them (THRESHOLD over to air / to water).
 */
function titleLike(r: GridRow, columnCount: number): boolean {
  const cells = filled(r);
  if (cells.length === 0) return true;
  if (cells.length > 1) return false;
  const c = cells[0]!;
  return (c.col === 0 && (c.colSpan === 1 || c.colSpan === columnCount)) || unitNote(c.text) !== null;
}

/** A row that can head columns: two or more labels, none a number or a total. */
function headerLike(r: GridRow): boolean {
  const cells = filled(r);
  return cells.length >= 2 && !hasNumber(r) && !cells.some((c) => TOTAL_LABEL.test(squash(c.text)));
}

/**
 * A row continuing the header below it: every label it starts lies under a header cell spanning several columns
 * that ends just above it (事業費（千円） over 令和4年度決算 / 増減) — the second level of a two-level header.
 */
function continuesHeader(rows: readonly GridRow[], start: number, end: number): boolean {
  const r = rows[end];
  if (!r || hasNumber(r) || filled(r).length === 0) return false;
  const parents = rows.slice(start, end).flatMap((h) => h.starting).filter((c) => c.colSpan > 1 && c.row + c.rowSpan === end);
  return filled(r).every((c) => parents.some((p) => c.col >= p.col && c.col + c.colSpan <= p.col + p.colSpan));
}

/**
 * Splits a table into title rows, header, body and foot notes.
 * - Caption: the lines printed just above the table (a ruled table's grid leaves them out), kept as notes.
 * - Title rows: leading rows with at most one label (a title, a 単位 note) followed by a header-like row — a text
 *   table's region takes in the lines just above it.
 * - Header: the rows a rule under them closes; the rows the table stage found repeated as header when they hold no number; else the first
 *   header-like row; then any second level under multi-column parents. None when the first row holds numbers.
 * - Foot notes: trailing one-label rows that start with ※, 注…, with their wrapped continuation lines.
 */
export function readLayout(table: LogicalTable, caption: readonly string[] = []): TableLayout {
  const rows = gridRows(table);
  const notes: string[] = [...caption];
  let start = 0;
  while (start < rows.length && titleLike(rows[start]!, table.columnCount)) start++;
  // Leading one-label rows are a title only when a header follows; otherwise they are the table's first sections.
  if (start >= rows.length || !headerLike(rows[start]!)) start = 0;
  for (const r of rows.slice(0, start)) pushAll(notes, filled(r).map((c) => c.text));
  let end = start;
  const staged = table.headerRows;
  // A header ruled off from the body is one whatever it holds (0~14歳, 2019); a staged one guessed from spans must
  // hold no number.
  if (staged > start && (table.headerRuled || rows.slice(start, staged).every((r) => !hasNumber(r)))) end = staged;
  else if (rows[start] && headerLike(rows[start]!)) end = start + 1;
  while (end > start && end < rows.length && continuesHeader(rows, start, end)) end++;

  let last = rows.length;
  let foot = rows.length;
  while (last > end && filled(rows[last - 1]!).length <= 1) {
    last--;
    if (NOTE_START.test(filled(rows[last]!)[0]?.text.trim() ?? "")) foot = last;
  }
  for (const r of rows.slice(foot)) pushAll(notes, filled(r).map((c) => c.text));
  const note = notes.map((text) => ({ text, note: scopedUnitNote(text) })).find((n) => n.note !== null);
  return {
    rows, header: { start, end }, headerless: end === start, body: rows.slice(end, foot), notes,
    unitNote: note ? { text: note.text, ...note.note! } : null,
  };
}

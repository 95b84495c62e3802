import { editDistance } from "../text/edit-distance.js";
import type { GridCell, LogicalTable, PageTable, TableCell } from "./types.js";

/** Two pages' tables continue each other when every column's share of the table width agrees this closely. */
const COLUMN_SHARE_TOLERANCE = 0.01;

const squash = (s: string) => s.replace(/\s+/gu, "");

/**
 * Page tables → logical tables. A page's first table continues the previous page's last table when the
 * columns agree; its repeated header rows are dropped, and a vertically merged cell cut by the page
 * break keeps its text on the new page.
 */
export function stitchTables(pageTables: readonly PageTable[]): LogicalTable[] {
  const out: { pieces: PageTable[]; headerRows: number; cells: TableCell[]; rowCount: number }[] = [];
  const firstOnPage = new Set<PageTable>();
  const seenPages = new Set<number>();
  for (const t of pageTables) if (!seenPages.has(t.pageNo)) { seenPages.add(t.pageNo); firstOnPage.add(t); }

  for (const t of pageTables) {
    const cur = out[out.length - 1];
    const last = cur?.pieces[cur.pieces.length - 1];
    if (cur && last && firstOnPage.has(t) && t.pageNo === last.pageNo + 1 && sameColumns(last, t)) {
      const drop = repeatsHeader(cur.pieces[0]!, cur.headerRows, t) ? cur.headerRows : 0;
      appendPiece(cur, t, drop);
    } else {
      const headerRows = headerDepth(t);
      const entry = { pieces: [] as PageTable[], headerRows, cells: [] as TableCell[], rowCount: 0 };
      appendPiece(entry, t, 0);
      out.push(entry);
    }
  }
  return out.map((e, i) => ({
    id: `t${i + 1}`,
    pages: e.pieces.map((p) => p.pageNo),
    columnCount: e.pieces[0]!.colXs.length - 1,
    rowCount: e.rowCount,
    headerRows: e.headerRows,
    ...(e.pieces[0]!.headerRows !== undefined ? { headerRuled: true } : {}),
    cells: e.cells,
    quality: e.pieces.map((p) => ({ ...p.quality, pageNo: p.pageNo })),
  }));
}

function appendPiece(entry: { pieces: PageTable[]; cells: TableCell[]; rowCount: number }, t: PageTable, dropRows: number): void {
  const offset = entry.rowCount - dropRows;
  const firstBodyRow = entry.rowCount;
  const isContinuation = entry.pieces.length > 0;
  // Only a cell reaching the page break can carry over: picked out once per page, when an empty cell opens it
  // (was once per such cell, over the whole table so far).
  let reaching: TableCell[] | undefined;
  const reachingBreak = () => (reaching ??= entry.cells.filter((b) => b.row < firstBodyRow && b.row + b.rowSpan >= firstBodyRow));
  for (const c of t.cells) {
    if (c.row < dropRows) continue;
    const moved: TableCell = { ...c, row: c.row + offset, pageNo: t.pageNo };
    entry.cells.push(isContinuation && moved.row === firstBodyRow && moved.text === "" ? carryOver(moved, reachingBreak()) : moved);
  }
  entry.pieces.push(t);
  entry.rowCount += t.rowYs.length - 1 - dropRows;
}

/**
 * An empty cell opening a page, below a cell that was merged over several rows (or itself merged),
 * is the rest of that merged cell: Excel prints a merged cell's text on its first page only.
 */
function carryOver(cell: TableCell, reaching: readonly TableCell[]): TableCell {
  const above = reaching.find((b) => b.col === cell.col && b.colSpan === cell.colSpan);
  if (!above || above.text === "" || (above.rowSpan < 2 && cell.rowSpan < 2)) return cell;
  return { ...cell, text: above.text, continued: true };
}

function sameColumns(a: PageTable, b: PageTable): boolean {
  if (a.colXs.length !== b.colXs.length) return false;
  const shares = (t: PageTable) => {
    const w = t.colXs[t.colXs.length - 1]! - t.colXs[0]!;
    return t.colXs.slice(1).map((x, i) => (x - t.colXs[i]!) / w);
  };
  const sa = shares(a), sb = shares(b);
  return sa.every((s, i) => Math.abs(s - sb[i]!) <= COLUMN_SHARE_TOLERANCE);
}

/** Header depth: as a rule under the header shows it, else the rows spanned by the first row's tallest cell (a two-row header has cells spanning both). */
export function headerDepth(t: PageTable): number {
  const rows = t.rowYs.length - 1;
  if (t.headerRows !== undefined) return Math.min(t.headerRows, Math.max(1, rows - 1));
  const first = t.cells.filter((c) => c.row === 0);
  const depth = Math.max(1, ...first.map((c) => c.rowSpan));
  return Math.min(depth, Math.max(1, rows - 1));
}

/** A repeated header read by OCR may differ from the first page's in this share of its characters. */
const OCR_HEADER_DIFFERENCE = 0.25;

function headerCells(cells: readonly GridCell[], rows: number): { shape: string; text: string; columns: string; ocr: boolean } {
  const head = cells.filter((c) => c.row < rows);
  const columnCount = Math.max(0, ...head.map((c) => c.col + c.colSpan));
  return {
    shape: head.map((c) => `${c.row}:${c.col}:${c.colSpan}`).join("|"),
    text: head.map((c) => squash(c.text)).join("|"),
    // Each column's header words top to bottom: the same whether or not a short rule between two cells was seen.
    columns: Array.from({ length: columnCount }, (_, col) => head.filter((c) => col >= c.col && col < c.col + c.colSpan).map((c) => squash(c.text)).join("")).join("|"),
    ocr: head.some((c) => c.confidence !== undefined),
  };
}

/**
 * Whether `t` starts with the first page's header rows: the same cells with the same text — or, where either
 * was read by OCR, nearly the same words over each column (two readings of one header rarely agree to the
 * character, and a short rule inside a scanned header may be found on one page and not on the next).
 */
function repeatsHeader(first: PageTable, headerRows: number, t: PageTable): boolean {
  const a = headerCells(first.cells, headerRows), b = headerCells(t.cells, headerRows);
  if (a.text === "") return false;
  if (a.shape === b.shape && a.text === b.text) return true;
  return (a.ocr || b.ocr) && editDistance(a.columns, b.columns) <= OCR_HEADER_DIFFERENCE * [...a.columns].length;
}

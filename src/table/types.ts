import type { Bbox, Repair } from "../types/index.js";

/** A horizontal or vertical edge after snapping and joining (page points, top-left origin). */
export interface Edge {
  readonly orientation: "h" | "v";
  /** y for "h", x for "v". */
  readonly at: number;
  /** Start and end along the edge: x for "h", y for "v". */
  readonly from: number;
  readonly to: number;
}

/** Where a vertical and a horizontal edge meet; `h`/`v` index the edges that make it. */
export interface Intersection {
  readonly x: number;
  readonly y: number;
  readonly h: ReadonlySet<number>;
  readonly v: ReadonlySet<number>;
}

/** One visual line of text inside a cell, in reading order. */
export interface CellLine {
  readonly text: string;
  readonly x0: number;
  /** Where the line's last glyph ends, a trailing space included (the pen position). */
  readonly x1: number;
  /** Advance of each character of `text` (by code point), in points. */
  readonly advances: readonly number[];
  readonly top: number;
  readonly bottom: number;
  readonly fontSize: number;
  /** Minimum OCR confidence of the words on the line (OCR pages only). */
  readonly confidence?: number;
  /** OCR pages only: the stretches of the line's characters read with low confidence, left to right. */
  readonly lowConfidence?: readonly string[];
}

/** A cell of a page's grid; merged cells span several grid rows/columns. `row`/`col` are 0-based. */
export interface GridCell {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly bbox: Bbox;
  readonly lines: readonly CellLine[];
  /** The visual lines joined with "\n", as drawn. */
  readonly rawText: string;
  /** Logical lines: wraps joined, real breaks kept as "\n". */
  readonly text: string;
  readonly confidence?: number;
  /** OCR pages only: the stretches of characters read with low confidence, in reading order. */
  readonly lowConfidence?: readonly string[];
  /** Glyph boxes that stick out of the cell (clipped text), counted while assigning text. */
  readonly overflowChars: number;
  /**
   * Line breaks whose reading is in doubt: a ・ line start that may be a wrapped 中点 (the producer breaks lines
   * without 行頭禁則), or a wrap that left so much room that it may be the writer's break (logical-lines.ts).
   */
  readonly ambiguousBreaks: number;
}

/** Parsing quality of one table, after Camelot's parsing_report. Shares are 0..1. */
export interface TableQuality {
  /** Share of the characters inside the table whose glyph box lies wholly in the cell they were assigned to. */
  readonly textInsideShare: number;
  /** Share of cells with no text. */
  readonly emptyCellShare: number;
  /** Share of the grid's cell borders that are backed by a ruling line. */
  readonly ruleCoverage: number;
  readonly cellCount: number;
  /** Characters that had to be split off a run straddling a vertical rule. */
  readonly splitChars: number;
}

/** A ruled table found on one page. */
export interface PageTable {
  readonly pageNo: number;
  readonly bbox: Bbox;
  /** Column boundaries (x), left to right; `colXs.length - 1` columns. */
  readonly colXs: readonly number[];
  /** Row boundaries (y), top to bottom. */
  readonly rowYs: readonly number[];
  readonly cells: readonly GridCell[];
  readonly quality: TableQuality;
  /** Header rows the page shows by a rule under them (text tables set with horizontal rules). */
  readonly headerRows?: number;
}

/** A cell of a logical (stitched) table: its page and its row in the logical grid. */
export interface TableCell extends GridCell {
  readonly pageNo: number;
  /** True when this cell is the continuation, on a new page, of a vertically merged cell cut by the page break: its text is carried over. */
  readonly continued?: boolean;
  /** Repairs the text stage made to `text` (original → repaired). */
  readonly repairs?: readonly Repair[];
}

/** A table as the reader sees it: header once, rows from every page it runs over. */
export interface LogicalTable {
  readonly id: string;
  readonly pages: readonly number[];
  readonly columnCount: number;
  readonly rowCount: number;
  /** The first `headerRows` rows are the header (dropped from page 2 on, where it repeats). */
  readonly headerRows: number;
  /** The header is closed by a rule of its own (a text table set with horizontal rules), not guessed from spans. */
  readonly headerRuled?: boolean;
  readonly cells: readonly TableCell[];
  /** One quality report per page piece. */
  readonly quality: readonly (TableQuality & { pageNo: number })[];
}

/**
 * Tables without (enough) ruling lines, from text alignment alone, in the spirit of Camelot's stream mode
 * and Nurminen's text-edge detection: lines → regions free of running text → columns from gutters in the
 * x-projection → rows from baselines → cells, chunks that cross a gutter becoming spanning cells.
 */
import type { Bbox } from "../types/index.js";
import { glyphsToLines } from "./cell-lines.js";
import type { Glyph } from "./glyphs.js";
import { chunkColumns, textColumns, type TextColumn } from "./text-columns.js";
import type { TextLine } from "./text-lines.js";
import { textRegions } from "./text-regions.js";
import { boundByRules, mergeHeaderOnlyColumns } from "./text-table-rules.js";
import { textRows } from "./text-rows.js";
import { tableQuality } from "./quality.js";
import type { Edge, GridCell, PageTable } from "./types.js";

/**
 * A table's grid is mostly filled; chart labels (axis ticks down one side, legend entries, category names)
 * line up in rows and columns too but leave most of the grid they span empty.
 */
const MIN_FILL_SHARE = 0.4;

const fillShare = (t: PageTable) => t.cells.reduce((n, c) => n + c.rowSpan * c.colSpan, 0) / ((t.rowYs.length - 1) * (t.colXs.length - 1));

/**
 * Text tables among `lines` (the page's lines outside ruled tables); `hRules` are the page's horizontal rules.
 * `ruledOnly`: only tables set with rules of their own, booktabs style (on a page that also holds a grid).
 */
export function findTextTables(pageNo: number, lines: readonly TextLine[], hRules: readonly Edge[] = [], opts: { ruledOnly?: boolean } = {}): PageTable[] {
  return textRegions(lines).flatMap((candidate) => {
    const { lines: region, headerRuleY, booktabs } = boundByRules(candidate, hRules);
    if (opts.ruledOnly && !booktabs) return [];
    const aligned = textColumns(region);
    const columns = headerRuleY === undefined ? aligned : mergeHeaderOnlyColumns(aligned, region, headerRuleY);
    if (columns.length < 2) return [];
    const rows = textRows(region, columns);
    const table = buildTable(pageNo, rows, columns, headerRuleY);
    return fillShare(table) >= MIN_FILL_SHARE ? [table] : [];
  });
}

function buildTable(pageNo: number, rows: readonly TextLine[][], columns: readonly TextColumn[], headerRuleY?: number): PageTable {
  const colXs = [columns[0]!.x0, ...columns.slice(1).map((c, i) => (columns[i]!.x1 + c.x0) / 2), columns[columns.length - 1]!.x1];
  const tops = rows.map((r) => Math.min(...r.map((l) => l.top)));
  const bottoms = rows.map((r) => Math.max(...r.map((l) => l.bottom)));
  const rowYs = [tops[0]!, ...tops.slice(1).map((t, i) => (bottoms[i]! + t) / 2), bottoms[bottoms.length - 1]!];
  const cells: GridCell[] = [];
  rows.forEach((row, r) => {
    // Chunks whose columns overlap are one cell (two chunks in one column: a wide word gap inside a cell; a
    // chunk across a gutter: a span), merged left to right so the cells of a row never share a column.
    const slots: { col: number; last: number; glyphs: Glyph[] }[] = [];
    const chunks = row.flatMap((l) => l.chunks).map((chunk) => ({ chunk, span: chunkColumns(chunk, columns) }));
    for (const { chunk, span: [first, last] } of chunks.sort((a, b) => a.span[0] - b.span[0])) {
      const prev = slots[slots.length - 1];
      if (prev && first <= prev.last) { prev.glyphs.push(...chunk.glyphs); prev.last = Math.max(prev.last, last); }
      else slots.push({ col: first, last, glyphs: [...chunk.glyphs] });
    }
    for (const { col, last, glyphs } of slots) {
      const bbox: Bbox = [colXs[col]!, rowYs[r]!, colXs[last + 1]!, rowYs[r + 1]!];
      const lines = glyphsToLines(glyphs);
      const text = lines.map((l) => l.text.trim()).join("\n");
      cells.push({ row: r, col, rowSpan: 1, colSpan: last - col + 1, bbox, lines, rawText: lines.map((l) => l.text).join("\n"), text, overflowChars: 0, ambiguousBreaks: 0 });
    }
  });
  const glyphCount = cells.reduce((n, c) => n + c.lines.reduce((m, l) => m + [...l.text].length, 0), 0);
  const bbox: Bbox = [colXs[0]!, rowYs[0]!, colXs[colXs.length - 1]!, rowYs[rowYs.length - 1]!];
  // The rows above the header rule are the header.
  const headerRows = headerRuleY === undefined ? undefined : rows.filter((r) => Math.max(...r.map((l) => l.bottom)) < headerRuleY).length;
  return {
    pageNo, bbox, colXs, rowYs, cells, quality: tableQuality(cells, glyphCount, glyphCount, 0, 0),
    ...(headerRows ? { headerRows } : {}),
  };
}

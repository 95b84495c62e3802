import { chunkColumns, median, type TextColumn } from "./text-columns.js";
import type { TextLine } from "./text-lines.js";

/** Text that reads as a number (amount, share, year): a cell of its own row, never the wrap of a label. */
const NUMERIC = /^[\s(+\-–−]*[\d.,]+\s*[%)*]*\s*$/u;

/** A line set closer than this share of the table's usual line pitch to the one above is that line's wrap. */
const WRAP_PITCH_SHARE = 0.85;

/**
 * Lines → rows: each line starts a row (a text table's rows are its baselines), except the wrap of a cell:
 * a line that fills at most half the columns the row above fills, only columns that row fills, and no
 * number. In the first (key) column that is also what a section label looks like, so there the line must
 * also sit closer than rows do: a wrap keeps the cell's leading, rows are set further apart.
 */
export function textRows(lines: readonly TextLine[], columns: readonly TextColumn[]): TextLine[][] {
  const rows: TextLine[][] = [];
  const pitch = median(lines.slice(1).map((l, i) => l.top - lines[i]!.top));
  let prevCols = new Set<number>();
  lines.forEach((l, i) => {
    const cols = new Set(l.chunks.flatMap((c) => { const [a, b] = chunkColumns(c, columns); return Array.from({ length: b - a + 1 }, (_, i) => a + i); }));
    const text = l.chunks.map((c) => c.glyphs.map((g) => g.ch).join(""));
    const tight = i > 0 && l.top - lines[i - 1]!.top < WRAP_PITCH_SHARE * pitch;
    const wrap = rows.length > 0 && (!cols.has(0) || tight) && [...cols].every((c) => prevCols.has(c)) && cols.size * 2 <= prevCols.size && !text.some((t) => NUMERIC.test(t));
    // A label's first line alone in the key column, this line set as tight as a wrap under it: one row whose
    // numbers sit on a later line of its label (cells centred vertically), not a section label.
    const last = rows[rows.length - 1];
    const labelContinues = tight && last !== undefined && last.length === 1 && prevCols.size === 1 && prevCols.has(0) && cols.size > 1;
    if (wrap) rows[rows.length - 1]!.push(l);
    else if (labelContinues) { last.push(l); prevCols = new Set([...cols, 0]); }
    else { rows.push([l]); prevCols = cols; }
  });
  return rows;
}

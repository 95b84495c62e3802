import type { LogicalTable } from "../table/index.js";
import type { Bbox, PageContent } from "../types/index.js";
import { maxOf, minOf } from "../util/arrays.js";

/** A caption belongs to the table when it ends within this many of its own line heights above the table's top. */
const MAX_CAPTION_GAP_LINES = 3;

/**
 * The lines printed just above a table (its title, a 単位：千円 note), top to bottom: runs ending at most three of
 * their own line heights above the table's top edge, overlapping it horizontally. A ruled table's grid leaves them
 * out of its cells.
 */
export function captionAbove(page: PageContent, box: Bbox): string[] {
  const near = page.runs.filter((r) => {
    const gap = box[1] - (r.y + r.height);
    return r.text.trim() !== "" && gap >= -r.height / 2 && gap <= MAX_CAPTION_GAP_LINES * r.height && r.x < box[2] && r.x + r.width > box[0];
  }).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; h: number; text: string }[] = [];
  for (const r of near) {
    const line = lines.find((l) => Math.abs(l.y - r.y) < Math.min(l.h, r.height) / 2);
    if (line) line.text += r.text;
    else lines.push({ y: r.y, h: r.height, text: r.text });
  }
  return lines.map((l) => l.text.trim());
}

/** Captions of the tables that start on page 1 (the one page whose text is kept once its tables are found). */
export function page1Captions(page: PageContent | undefined, tables: readonly LogicalTable[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!page) return out;
  for (const t of tables) {
    const cells = t.cells.filter((c) => c.pageNo === 1);
    if (cells.length === 0) continue;
    const box: Bbox = [minOf(cells.map((c) => c.bbox[0])), minOf(cells.map((c) => c.bbox[1])), maxOf(cells.map((c) => c.bbox[2])), maxOf(cells.map((c) => c.bbox[3]))];
    out.set(t.id, captionAbove(page, box));
  }
  return out;
}

import type { TextLine } from "./text-lines.js";

/** A chunk wider than this share of the page's text width is running text (a paragraph's line), not a cell. */
const PROSE_WIDTH_SHARE = 0.5;
/**
 * Lines further apart than this (ems, between one's bottom and the next one's top) are not rows of one
 * table: rows sit closer than the blank line that sets a table off from headings and paragraphs.
 */
const MAX_ROW_GAP_EM = 1.6;
/** A table has at least this many lines holding two or more chunks (fewer is a heading with an amount, a dated entry in running text). */
const MIN_MULTI_LINES = 3;

/**
 * Candidate table regions: runs of consecutive lines that are close together and hold no line of running
 * text. The page's text width (from the 5th to the 95th percentile of line edges) is the measure of
 * "running text", so the rule holds for any page size and margin.
 */
export function textRegions(lines: readonly TextLine[]): TextLine[][] {
  if (lines.length === 0) return [];
  const lefts = lines.map((l) => l.x0).sort((a, b) => a - b);
  const rights = lines.map((l) => l.x1).sort((a, b) => a - b);
  const textWidth = rights[Math.floor(rights.length * 0.95)]! - lefts[Math.floor(lefts.length * 0.05)]!;
  const prose = (l: TextLine) => l.chunks.some((c) => c.x1 - c.x0 > PROSE_WIDTH_SHARE * textWidth);
  const regions: TextLine[][] = [];
  let cur: TextLine[] = [];
  const close = () => {
    if (cur.filter((l) => l.chunks.length > 1).length >= MIN_MULTI_LINES) regions.push(cur);
    cur = [];
  };
  for (const l of lines) {
    if (prose(l)) { close(); continue; }
    const prev = cur[cur.length - 1];
    if (prev && l.top - prev.bottom > MAX_ROW_GAP_EM * Math.max(l.fontSize, prev.fontSize)) close();
    cur.push(l);
  }
  close();
  return regions;
}

import type { Bbox } from "../types/index.js";
import type { CellLine } from "./types.js";

/**
 * A line starting with one of these begins a new logical line: bullets, notes, headings in 【】 [] 〔〕,
 * circled numbers, parenthesised or numbered list items.
 */
const LINE_START_MARKER = /^[\s\u3000]*(?:[・●○◎■□◆◇▼▽★☆※＊*•·･‧\-－–—→⇒]|[【\[〔［《<〈]|[\u2460-\u2473\u24EA\u2776-\u277F\u3251-\u325F]|[（(][0-9０-９一二三四五六七八九十]+[)）]|[0-9０-９]+[.．)）]\s)/u;

/**
 * A wrapped line fills the cell up to its right padding, short by at most the glyph that did not fit
 * plus one glyph pushed down by line-breaking rules (禁則: no 、。 at a line start). Ending shorter
 * than this many ems means the writer broke the line.
 */
export const HARD_BREAK_SHORTFALL_EM = 2.1;

/**
 * Visual lines → logical text: a wrap continues with no space, a real break becomes "\n".
 * A new logical line starts at a marker, or after a line that ends well short of the cell's right edge.
 * The cell's inner right edge mirrors the left padding actually seen (producers pad symmetrically).
 */
export function linesToText(lines: readonly CellLine[], cell: Bbox): string {
  if (lines.length === 0) return "";
  const leftPad = Math.max(0, Math.min(...lines.map((l) => l.x0)) - cell[0]);
  const innerRight = cell[2] - leftPad;
  const logical: string[] = [lines[0]!.text];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const cur = lines[i]!;
    const shortfall = (innerRight - prev.x1) / prev.fontSize;
    if (LINE_START_MARKER.test(cur.text) || shortfall > HARD_BREAK_SHORTFALL_EM) logical.push(cur.text);
    // A wrap continues with no space; a space the producer drew at the end of the line is kept.
    else logical[logical.length - 1] += cur.text;
  }
  return logical.map((l) => l.trim()).filter((l) => l !== "").join("\n");
}

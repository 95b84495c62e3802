import type { Glyph } from "./glyphs.js";
import type { CellLine } from "./types.js";

/** A gap wider than this share of the font size between two pieces of one line is a space. */
const SPACE_GAP_EM = 0.2;
/**
 * A character OCR read with less confidence than this (tesseract's 0-100 symbol confidence) is marked for the
 * reviewer. tesseract's LSTM gives a character it reads cleanly 95–99 (on page 1 of r2-scan: 5th percentile 98,
 * median 99); its misreads there scored 42–92 (慎 42, 寅 74, 情 82, 示 91, 未 92, 褐 92), and under 93 are <1 % of
 * the page's characters. A misread it is sure of (治 for 沿, 99) cannot be caught this way.
 */
export const LOW_CHAR_CONFIDENCE = 93;

/**
 * A cell's glyphs → visual lines in reading order. Glyphs of one run stay together; pieces of runs
 * whose vertical centres are within half a line of each other form one line, ordered by x.
 */
export function glyphsToLines(glyphs: readonly Glyph[]): CellLine[] {
  const sorted = [...glyphs].sort((a, b) => a.top + a.bottom - (b.top + b.bottom) || a.x0 - b.x0);
  const lines: Glyph[][] = [];
  for (const g of sorted) {
    const mid = (g.top + g.bottom) / 2;
    const line = lines.find((l) => {
      const h = Math.min(l[0]!.bottom - l[0]!.top, g.bottom - g.top);
      return Math.abs((l[0]!.top + l[0]!.bottom) / 2 - mid) < h / 2;
    });
    if (line) line.push(g);
    else lines.push([g]);
  }
  return lines
    .map((l) => lineFromGlyphs(withoutHiddenSpaces(l.sort((a, b) => a.x0 - b.x0))))
    .filter((l) => l.text.trim() !== "")
    .sort((a, b) => a.top - b.top);
}

/**
 * Drops space glyphs that have no room of their own: the next glyph starts inside them. Some producers put a
 * space between every character of the text layer, drawn under the following glyph ("財 政 課" that looks like
 * 財政課); a real space is a gap on the page.
 */
function withoutHiddenSpaces(glyphs: readonly Glyph[]): Glyph[] {
  return glyphs.filter((g, i) => {
    const next = glyphs[i + 1];
    return g.ch !== " " || next === undefined || next.x0 >= g.x1 - (g.x1 - g.x0) / 2;
  });
}

function lineFromGlyphs(glyphs: Glyph[]): CellLine {
  let text = "";
  const advances: number[] = [];
  let prev: Glyph | undefined;
  let confidence: number | undefined;
  const low: string[] = [];
  let stretch = "";
  for (const g of glyphs) {
    if (g.charConfidence !== undefined && g.charConfidence < LOW_CHAR_CONFIDENCE && g.ch.trim() !== "") stretch += g.ch;
    else if (stretch) { low.push(stretch); stretch = ""; }
    const gap = prev ? g.x0 - prev.x1 : 0;
    if (prev && g.run !== prev.run && gap > SPACE_GAP_EM * g.fontSize && !text.endsWith(" ") && g.ch !== " ") { text += " "; advances.push(gap); }
    text += g.ch;
    advances.push(g.x1 - g.x0);
    if (g.confidence !== undefined) confidence = Math.min(confidence ?? 100, g.confidence);
    prev = g;
  }
  if (stretch) low.push(stretch);
  const first = glyphs.find((g) => g.ch.trim() !== "") ?? glyphs[0]!;
  return {
    text,
    x0: first.x0,
    x1: glyphs[glyphs.length - 1]!.x1,
    advances,
    top: Math.min(...glyphs.map((g) => g.top)),
    bottom: Math.max(...glyphs.map((g) => g.bottom)),
    fontSize: Math.max(...glyphs.map((g) => g.fontSize)),
    ...(confidence !== undefined ? { confidence } : {}),
    ...(low.length ? { lowConfidence: low } : {}),
  };
}

import type { TextRun } from "../types/index.js";
import type { Glyph } from "./glyphs.js";

/**
 * A piece of a text line set apart from its neighbours by a gap wider than a word space: one table cell's
 * line, or a whole line of running text.
 */
export interface TextChunk {
  readonly glyphs: readonly Glyph[];
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  readonly fontSize: number;
}

/** Chunks sharing a baseline, left to right. */
export interface TextLine {
  readonly chunks: readonly TextChunk[];
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  readonly fontSize: number;
}

/**
 * Gap (ems) between two inked glyphs above which they belong to different cells. A word space is about
 * 0.25–0.35 em and a justified line stretches it little past 0.6 em; table columns are set further apart
 * (LaTeX's default column separation is 12 pt, over 1 em at 10 pt).
 */
export const CELL_GAP_EM = 0.8;

const ink = (g: Glyph) => g.ch.trim() !== "";
const mid = (g: { top: number; bottom: number }) => (g.top + g.bottom) / 2;

/**
 * Glyphs → lines → chunks. Glyphs join a line when their vertical centre lies within the line's box (so a
 * superscript stays with its line); sorting by centre keeps this one pass. Spaces only separate: chunks are
 * cut at the gaps between inked glyphs.
 */
export function textLines(glyphs: readonly Glyph[]): TextLine[] {
  const sorted = [...glyphs].sort((a, b) => mid(a) - mid(b));
  const groups: Glyph[][] = [];
  let top = 0, bottom = 0;
  for (const g of sorted) {
    const cur = groups[groups.length - 1];
    if (cur && mid(g) <= bottom && mid(g) >= top) {
      cur.push(g);
      continue;
    }
    groups.push([g]);
    top = g.top; bottom = g.bottom;
  }
  // A line of one letter is a piece of turned text drawn a glyph at a time, not a row of a table.
  return groups
    .map((g) => g.filter(ink).length > 1 || g.some((x) => ink(x) && !/\p{L}/u.test(x.ch)) ? toLine(g) : null)
    .filter((l): l is TextLine => l !== null)
    .sort((a, b) => a.top - b.top);
}

/** Spaces ride along in the chunk they fall in (they keep its words apart) but neither cut nor size it. */
function toLine(glyphs: Glyph[]): TextLine {
  const chunks: Glyph[][] = [];
  let last: Glyph | undefined;
  for (const g of glyphs.sort((a, b) => a.x0 - b.x0)) {
    const cur = chunks[chunks.length - 1];
    if (!ink(g)) { if (cur) cur.push(g); continue; }
    if (cur && last && g.x0 - last.x1 <= CELL_GAP_EM * Math.max(g.fontSize, last.fontSize)) cur.push(g);
    else chunks.push([g]);
    last = g;
  }
  const made = chunks.map((c): TextChunk => ({ glyphs: c, ...extent(c.filter(ink)) }));
  return { chunks: made, ...extent(made) };
}

function extent(items: readonly { x0: number; x1: number; top: number; bottom: number; fontSize: number }[]) {
  let x0 = Infinity, x1 = -Infinity, top = Infinity, bottom = -Infinity, fontSize = 0;
  for (const i of items) {
    x0 = Math.min(x0, i.x0); x1 = Math.max(x1, i.x1); top = Math.min(top, i.top); bottom = Math.max(bottom, i.bottom);
    fontSize = Math.max(fontSize, i.fontSize);
  }
  return { x0, x1, top, bottom, fontSize };
}

/**
 * Runs not set left to right: chart axis titles turned 90°, whose characters all share one x-range (the
 * run's advance goes down the page). Their glyphs would each make a one-letter line.
 */
export function isTurnedRun(r: TextRun): boolean {
  const cs = r.chars ?? [];
  return cs.length > 1 && cs.every((c) => Math.abs(c.x0 - cs[0]!.x0) < 0.01 && Math.abs(c.x1 - cs[0]!.x1) < 0.01);
}

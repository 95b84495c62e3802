import type { TextRun } from "../types/index.js";

/** One character of a run with its estimated box (page points, top-left origin). */
export interface Glyph {
  readonly ch: string;
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  readonly fontSize: number;
  readonly confidence?: number;
  /** OCR only: the confidence of this character itself. */
  readonly charConfidence?: number;
  /** Index of the run it came from. */
  readonly run: number;
}

/** Full-width forms, CJK, kana and CJK symbols advance one em; ASCII and half-width forms about half. */
const FULL_WIDTH = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u25A0-\u25FF\u2460-\u24FF\u2600-\u26FF\u3000]/u;

export const advanceWeight = (ch: string): number => (FULL_WIDTH.test(ch) ? 1 : ch === " " ? 0.3 : 0.55);

/**
 * Splits runs into glyphs. A run can cross a cell's rule (Excel overflow, producers that merge runs), so
 * cells are filled glyph by glyph. Text-layer runs carry each glyph's real extent; for others (OCR words)
 * advances are estimated from character classes and scaled to the run's width: full-width CJK glyphs
 * have near-uniform advance, which is what makes a split at a rule land between the right characters.
 */
/** Least advance per glyph (ems) of a run set vertically; vertical CJK text advances a full em. */
const VERTICAL_MIN_ADVANCE_EM = 0.75;

export function runsToGlyphs(runs: readonly TextRun[]): Glyph[] {
  const glyphs: Glyph[] = [];
  runs.forEach((r, run) => {
    const chars = [...r.text];
    // A vertical run stacks its glyphs an em apart: as tall as its ink characters (a 2-glyph run like ": " is
    // narrow too, but one line high).
    const ink = chars.filter((ch) => ch.trim() !== "").length;
    const vertical = ink > 1 && r.fontSize > 0 && r.width <= r.fontSize * 1.2 && r.height > r.width * 1.5 && r.height >= ink * r.fontSize * VERTICAL_MIN_ADVANCE_EM;
    if (vertical) {
      const step = r.height / chars.length;
      chars.forEach((ch, i) => glyphs.push({ ch, x0: r.x, x1: r.x + r.width, top: r.y + i * step, bottom: r.y + (i + 1) * step, fontSize: r.fontSize, confidence: r.confidence, charConfidence: r.charConfidence?.[i], run }));
      return;
    }
    if (r.chars && r.chars.length === chars.length) {
      chars.forEach((ch, i) => glyphs.push({ ch, x0: r.chars![i]!.x0, x1: r.chars![i]!.x1, top: r.y, bottom: r.y + r.height, fontSize: r.fontSize, confidence: r.confidence, charConfidence: r.charConfidence?.[i], run }));
      return;
    }
    const weights = chars.map(advanceWeight);
    const total = weights.reduce((s, w) => s + w, 0) || 1;
    let x = r.x;
    chars.forEach((ch, i) => {
      const w = (r.width * weights[i]!) / total;
      glyphs.push({ ch, x0: x, x1: x + w, top: r.y, bottom: r.y + r.height, fontSize: r.fontSize, confidence: r.confidence, charConfidence: r.charConfidence?.[i], run });
      x += w;
    });
  });
  return glyphs;
}

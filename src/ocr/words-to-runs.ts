import type { TextRun } from "../types/index.js";
import type { OcrWord } from "./engine.js";

/** Ink height of a CJK glyph as a share of its em (IPA/MS Gothic kanji fill ~0.88 of the body). */
const INK_PER_EM = 0.88;
/** A word belongs to a visual line when this much of its own height lies within the line's band. */
const LINE_OVERLAP = 0.5;

interface Band { top: number; bottom: number; words: OcrWord[] }

/**
 * Words → visual lines by their own ink boxes. Not tesseract's lines: it splits one visual line at wide gaps
 * (a lone し gets a line of its own, shorter than its neighbours) and merges two centred header lines into one.
 * Tallest words first, so a line's band is set by its kanji, and a small ・ or 。 joins it rather than
 * starting a band of its own.
 */
function visualLines(words: readonly OcrWord[]): Band[] {
  const bands: Band[] = [];
  for (const w of [...words].sort((a, b) => b.y1 - b.y0 - (a.y1 - a.y0))) {
    const h = Math.max(1, w.y1 - w.y0);
    const overlap = (b: Band) => Math.min(b.bottom, w.y1) - Math.max(b.top, w.y0);
    const band = bands.filter((b) => overlap(b) >= LINE_OVERLAP * h).sort((a, b) => overlap(b) - overlap(a))[0];
    if (band) { band.top = Math.min(band.top, w.y0); band.bottom = Math.max(band.bottom, w.y1); band.words.push(w); }
    else bands.push({ top: w.y0, bottom: w.y1, words: [w] });
  }
  return bands;
}

const ASCII_WORD_EDGE = /[0-9A-Za-z]/u;

/**
 * OCR words of one cell image → text runs in page points, as the text layer would give them: one run per visual
 * line, its words in tesseract's reading order (its word and symbol boxes for Japanese overlap and can be out of
 * order, so sorting by them would scramble the line), the words joined with a space only between Latin words.
 * Characters keep tesseract's symbol boxes when those run left to right, else are spaced evenly by the table
 * stage. The font size comes from the line's height; the confidence is the line's lowest word confidence.
 */
export function wordsToRuns(words: readonly OcrWord[], origin: { readonly x: number; readonly y: number }, pxPerPt: number): TextRun[] {
  const X = (px: number) => origin.x + px / pxPerPt;
  const Y = (px: number) => origin.y + px / pxPerPt;
  const order = new Map(words.map((w, i) => [w, i]));
  // Pieces of one visual line tesseract read as separate lines go left to right; words within a piece keep its order.
  return visualLines(words).sort((a, b) => a.top - b.top).map((band): TextRun => {
    const line = [...band.words].sort((a, b) => a.line.x0 - b.line.x0 || order.get(a)! - order.get(b)!);
    let text = "";
    const symbols: OcrWord["symbols"][number][] = [];
    // Per character: its symbol's confidence when tesseract gave one symbol per character, else its word's.
    const charConfidence: number[] = [];
    for (const w of line) {
      if (text && ASCII_WORD_EDGE.test(text.at(-1)!) && ASCII_WORD_EDGE.test(w.text[0]!)) { text += " "; charConfidence.push(100); }
      text += w.text;
      symbols.push(...w.symbols);
      const n = [...w.text].length;
      charConfidence.push(...(w.symbols.length === n ? w.symbols.map((s) => s.confidence ?? w.confidence) : Array<number>(n).fill(w.confidence)));
    }
    const x0 = Math.min(...line.map((w) => w.x0)), x1 = Math.max(...line.map((w) => w.x1));
    const top = Y(band.top), bottom = Y(band.bottom);
    const leftToRight = symbols.every((sym, i) => i === 0 || sym.x0 >= symbols[i - 1]!.x0);
    const fitted = leftToRight && symbols.length === [...text].length;
    return {
      text, x: X(x0), y: top, width: (x1 - x0) / pxPerPt, height: bottom - top, fontSize: (bottom - top) / INK_PER_EM, fontName: "ocr",
      confidence: Math.min(...line.map((w) => w.confidence)), charConfidence,
      ...(fitted ? { chars: symbols.map((sym) => ({ x0: X(sym.x0), x1: X(sym.x1) })) } : {}),
    };
  });
}

import type { Warning } from "../warnings/warnings.js";
import type { Bbox, Segment } from "./geometry.js";

/**
 * One run of text as the text layer (or OCR) gives it, in page points, origin top-left.
 * `x`/`y` is the top-left corner of the glyph box; `height` is the font size box (ascent+descent).
 */
export interface TextRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly fontName: string;
  /** OCR word confidence 0-100; absent for text-layer runs. */
  readonly confidence?: number;
  /**
   * Horizontal extent of each character of `text` (by code point), when the producer's glyph advances are
   * known (text layer). Absent for OCR runs, whose characters are spaced evenly. `code`: the glyph's character
   * code in the content stream, which tells glyphs apart where their text does not (a font without ToUnicode).
   */
  readonly chars?: readonly { readonly x0: number; readonly x1: number; readonly code?: number }[];
  /** OCR only: tesseract's confidence (0-100) for each character of `text` (by code point). */
  readonly charConfidence?: readonly number[];
}

/** Verdict on a page's text layer: decides whether the page goes through OCR. */
export interface TextLayerQuality {
  readonly verdict: "usable" | "none" | "broken";
  /** Characters in the text layer (whitespace excluded). */
  readonly chars: number;
  /** Share of suspicious characters (U+FFFD, PUA, control, mojibake Latin-1 where CJK is expected). */
  readonly badShare: number;
  readonly reason: string;
}

/** Vertical writing (縦書き) found on a page: the glyph columns' boxes, page points. */
export interface VerticalText {
  /** Glyphs in vertical columns. */
  readonly chars: number;
  readonly regions: readonly Bbox[];
}

/** Everything the table stage needs from one page, whatever produced it (text layer or OCR). */
export interface PageContent {
  /** 1-based page number. */
  readonly pageNo: number;
  readonly width: number;
  readonly height: number;
  readonly runs: readonly TextRun[];
  readonly rules: readonly Segment[];
  readonly quality: TextLayerQuality;
  readonly source: "text-layer" | "ocr";
  /** Paths and images the page paints (text aside): none on a page without text means a blank page, nothing to OCR. */
  readonly inkOps?: number;
  /** What was odd about the page and how it was read anyway (an absurd UserUnit or size), for the file's warnings. */
  readonly notes?: readonly Warning[];
  /** Vertical writing the text layer shows (kept when OCR replaces the runs: OCR reads lines horizontally). */
  readonly vertical?: VerticalText;
}

export const runBbox = (r: TextRun): Bbox => [r.x, r.y, r.x + r.width, r.y + r.height];

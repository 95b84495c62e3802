import { assessTextLayer } from "../pdf/quality.js";
import { renderPageImage, type PdfHandle } from "../pdf/index.js";
import type { PageContent } from "../types/index.js";
import type { OcrEngine } from "./engine.js";
import { codedGlyphs, decodeRuns, glyphLines, linesToRead, suspectFonts, votesOfReading, type CodeVotes, type CodedGlyph } from "./learn-codes.js";
import { OCR_DPI } from "./ocr-page.js";
import { toPgm } from "./pgm.js";
import { isFilledDisc } from "./restore-shapes.js";
import { findTriangleSign } from "./raster/triangle-sign.js";
import { cropGrey, greyFromRgba, type GreyImage } from "./raster/grey-image.js";
import { maxOf, minOf } from "../util/arrays.js";

/** Readings wanted of each code: two agreeing readings outvote a lookalike read once. */
const WANTED_READINGS = 3;
/** Room above and below a line's glyph boxes, in ems: less than the padding to a cell's rules. */
const MARGIN_Y_EM = 0.12;
/** White border added around each line image (px): tesseract finds no text whose ink touches the edge. */
const BORDER_PX = 12;
/**
 * Undecided glyphs above this share of a page's suspect glyphs: the page is read by OCR instead (page-ocr.ts).
 * 2 %: about one glyph in each cell of a dense table, as many flags as a page OCR would bring.
 */
const MAX_UNKNOWN_SHARE = 0.02;
/** Codes read alone on a page at most (a page of a few hundred glyphs has a few dozen codes its lines missed). */
const MAX_ALONE = 200;

export interface LearnedPage {
  readonly page: PageContent;
  /** Fonts whose codes were learned, glyphs decided, glyphs left undecided (UNKNOWN_GLYPH), lines read. */
  readonly fonts: number;
  readonly decided: number;
  readonly unknown: number;
  readonly linesRead: number;
}

/** Least height of a ● (ems): IPAex's is 0.7 em, a middle dot ・ about 0.2. */
const MIN_DISC_EM = 0.45;
/**
 * Em height (px) a glyph read alone is enlarged to: without a line around it tesseract misreads small circled
 * numbers (③ as ⑧ at 8 pt, 300 dpi, 33 px; right at 2× and 3× on both producers' fonts).
 */
const ALONE_EM_PX = 96;

/** `img` enlarged `k` times, each pixel a k×k block (the edges stay as sharp as drawn). */
function enlarged(img: GreyImage, k: number): GreyImage {
  const width = img.width * k, height = img.height * k;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const src = Math.floor(y / k) * img.width;
    for (let x = 0; x < width; x++) data[y * width + x] = img.data[src + Math.floor(x / k)]!;
  }
  return { width, height, data };
}

/** An arrow's shaft runs unbroken over this share of its width; its ends are measured over this share. */
const ARROW_SHAFT_SHARE = 0.8, ARROW_END_SHARE = 0.2;
/** An arrow's head is at least this tall (ems) and this many times the ink at its other end (the shaft). */
const ARROW_HEAD_EM = 0.2, ARROW_HEAD_RATIO = 2.5;
/** Darker than this (0–255) is ink. */
const INK = 128;

/**
 * What a glyph's ink on the page image says by itself: " " when it has none, "●" for a filled disc, "▲"/"△" for
 * a triangle; null for anything to be read.
 */
function shapeOf(page: GreyImage, g: CodedGlyph, s: number): string | null {
  const box = { x0: Math.max(0, Math.floor(g.x0 * s)), x1: Math.min(page.width, Math.ceil(g.x1 * s)), y0: Math.max(0, Math.floor(g.top * s)), y1: Math.min(page.height, Math.ceil(g.bottom * s)) };
  let ix0 = Infinity, iy0 = Infinity, ix1 = -Infinity, iy1 = -Infinity;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      if (page.data[y * page.width + x]! >= INK) continue;
      ix0 = Math.min(ix0, x); ix1 = Math.max(ix1, x + 1); iy0 = Math.min(iy0, y); iy1 = Math.max(iy1, y + 1);
    }
  }
  if (ix0 === Infinity) return " ";
  // A middle dot is a small disc too (Mincho's ・): ● is over half an em across.
  if (iy1 - iy0 >= MIN_DISC_EM * g.fontSize * s && isFilledDisc(page, { x0: ix0, y0: iy0, x1: ix1, y1: iy1 })) return "●";
  return arrowIn(page, { x0: ix0, y0: iy0, x1: ix1, y1: iy1 }, g.fontSize * s) ?? findTriangleSign(cropGrey(page, box))?.sign ?? null;
}

/**
 * A horizontal arrow (→ ←), which the jpn model reads as ご: ink at least twice as wide as tall, one row of it
 * (the shaft) unbroken over nearly the whole width, and at one end a head ARROW_HEAD_EM tall or more and
 * ARROW_HEAD_RATIO times the ink at the other end.
 */
function arrowIn(page: GreyImage, ink: { x0: number; y0: number; x1: number; y1: number }, emPx: number): "→" | "←" | null {
  const w = ink.x1 - ink.x0, h = ink.y1 - ink.y0;
  if (w < 2 * h || h < 3) return null;
  const dark = (x: number, y: number) => page.data[y * page.width + x]! < INK;
  let shaft = false;
  for (let y = ink.y0; y < ink.y1 && !shaft; y++) {
    let span = 0, best = 0;
    for (let x = ink.x0; x < ink.x1; x++) { span = dark(x, y) ? span + 1 : 0; best = Math.max(best, span); }
    shaft = best >= ARROW_SHAFT_SHARE * w;
  }
  if (!shaft) return null;
  // Height of the ink in a band of columns at each end.
  const band = Math.max(1, Math.round(w * ARROW_END_SHARE));
  const heightAt = (from: number) => {
    let top = Infinity, bottom = -Infinity;
    for (let x = from; x < from + band; x++) for (let y = ink.y0; y < ink.y1; y++) if (dark(x, y)) { top = Math.min(top, y); bottom = Math.max(bottom, y); }
    return bottom >= top ? bottom - top + 1 : 0;
  };
  const left = heightAt(ink.x0), right = heightAt(ink.x1 - band);
  // A Mincho 一 also ends in a taller bump (its uroko, 0.1 em): a head is twice that or more (IPAex: 0.27–0.33 em).
  const head = Math.max(left, right), tail = Math.min(left, right);
  if (head < ARROW_HEAD_EM * emPx || head < ARROW_HEAD_RATIO * tail) return null;
  return right > left ? "→" : "←";
}

/**
 * The glyphs of `line` cut out of the page one by one (each its own box, the line's height) and set side by side
 * on white: nothing between or around them (a rule, a neighbouring cell's text) can be read into the line.
 */
function lineImage(page: GreyImage, line: readonly CodedGlyph[], s: number): GreyImage {
  const em = maxOf(line.map((g) => g.fontSize));
  const top = Math.floor((minOf(line.map((g) => g.top)) - MARGIN_Y_EM * em) * s);
  const bottom = Math.ceil((maxOf(line.map((g) => g.bottom)) + MARGIN_Y_EM * em) * s);
  const crops = line.map((g) => cropGrey(page, { x0: Math.floor(g.x0 * s), y0: top, x1: Math.ceil(g.x1 * s), y1: bottom }));
  const height = bottom - top + 2 * BORDER_PX;
  const width = crops.reduce((w, c) => w + c.width, 0) + 2 * BORDER_PX;
  const data = new Uint8Array(width * height).fill(255);
  let x = BORDER_PX;
  for (const c of crops) {
    for (let y = 0; y < c.height; y++) data.set(c.data.subarray(y * c.width, (y + 1) * c.width), (y + BORDER_PX) * width + x);
    x += c.width;
  }
  return { width, height, data };
}

/** Reads each line from the page image (`s` pixels per point) and adds what it says of each code to `votes`. */
async function readLines(grey: GreyImage, s: number, lines: readonly CodedGlyph[][], engine: OcrEngine, votes: CodeVotes, enlarge = false): Promise<void> {
  await Promise.all(lines.map(async (all) => {
    // A glyph that leaves no ink is a space (its code says nothing else); a disc or a triangle, which the jpn
    // model has no class for (● comes out as る, ▲ as 人), is told by its shape; the rest are read.
    const line = all.filter((g) => {
      const shape = shapeOf(grey, g, s);
      if (shape !== null) votes.add(g.key, shape, 100);
      return shape === null;
    });
    if (line.length === 0) return;
    const image = lineImage(grey, line, s);
    const k = enlarge ? Math.max(1, Math.round(ALONE_EM_PX / (maxOf(line.map((g) => g.fontSize)) * s))) : 1;
    const words = await engine.recognize(toPgm(k > 1 ? enlarged(image, k) : image), "line");
    for (const v of votesOfReading(line, words)) votes.add(v.key, v.ch, v.confidence);
  }));
}

/**
 * A page whose text layer is broken, decoded with codes learned by OCR (learn-codes.ts): the page is drawn once,
 * the lines holding codes with too few readings are read, their votes added to `votes` (shared by the pages of
 * a document), and the page's suspect runs decoded. Null when the layer cannot be recovered this way (no glyph
 * geometry, or too many codes left undecided): the caller reads the page by OCR.
 */
export async function learnPage(pdf: PdfHandle, page: PageContent, engine: OcrEngine, votes: CodeVotes): Promise<LearnedPage | null> {
  const fonts = suspectFonts(page.runs);
  const glyphs = codedGlyphs(page.runs, fonts);
  if (fonts.size === 0 || glyphs.length === 0) return null;
  const toRead = linesToRead(glyphLines(glyphs), votes, WANTED_READINGS);
  // The page is drawn once, and only if something on it must be read.
  let drawn: Promise<{ grey: GreyImage; scale: number }> | undefined;
  const draw = () => (drawn ??= renderPageImage(pdf, page.pageNo, OCR_DPI).then((r) => ({ grey: greyFromRgba({ width: r.width, height: r.height, data: r.rgba }), scale: r.scale })));
  if (toRead.length > 0) { const { grey, scale } = await draw(); await readLines(grey, scale, toRead, engine, votes); }
  // Codes still unread (their lines' readings gave another count of characters: a circled number read as two)
  // are read alone, one occurrence each.
  const unread = new Map<string, CodedGlyph>();
  for (const g of glyphs) if (votes.count(g.key) === 0 && !unread.has(g.key)) unread.set(g.key, g);
  if (unread.size > 0) { const { grey, scale } = await draw(); await readLines(grey, scale, [...unread.values()].slice(0, MAX_ALONE).map((g) => [g]), engine, votes, true); }
  const { runs, unknown, decided } = decodeRuns(page.runs, fonts, votes);
  if (unknown > MAX_UNKNOWN_SHARE * glyphs.length) return null;
  if (assessTextLayer(runs).verdict !== "usable") return null;
  // The page keeps its own verdict on the text layer (tables.json says it was broken); the warning says how it was read.
  return { page: { ...page, runs }, fonts: fonts.size, decided, unknown, linesRead: toRead.length };
}

import type { PdfHandle } from "../pdf/index.js";
import { renderPageImage } from "../pdf/index.js";
import { findTables } from "../table/index.js";
import type { Bbox, PageContent, Segment, TextRun, VerticalText } from "../types/index.js";
import { cellImage, type CellImage } from "./cell-image.js";
import type { OcrEngine, OcrWord } from "./engine.js";
import { lineBands, pageLineHeight, type LineBand } from "./line-bands.js";
import { toPgm } from "./pgm.js";
import { putBackDiscs, restoreSigns } from "./restore-shapes.js";
import { binarize } from "./raster/binarize.js";
import { estimateSkew, rotateImage } from "./raster/deskew.js";
import { greyFromRgba, type GreyImage } from "./raster/grey-image.js";
import { findRasterRules } from "./raster/raster-rules.js";
import { verticalColumns } from "./raster/vertical-columns.js";
import { wordsToRuns } from "./words-to-runs.js";

/** 300 dpi: the resolution OCR engines are trained for; table text of 6-8 pt is then 25-33 px high. */
export const OCR_DPI = 300;
/** 14 pt: a one-line cell's height at 8-10 pt text; longer than any vertical stroke of a character (≤ 1 em). */
const MIN_VERTICAL_RULE_PT = 14;
/** Half an inch: over two full-width characters at 12 pt, so no stroke of 一 or ー (the raster finder's default). */
const MIN_HORIZONTAL_RULE_PT = 36;
/** A reading whose mean word confidence is below this is retried in the other segmentation mode. */
const RETRY_CONFIDENCE = 60;

const meanConfidence = (words: readonly OcrWord[]): number =>
  words.length === 0 ? 0 : words.reduce((s, w) => s + w.confidence, 0) / words.length;

/**
 * One cell's words: block mode first (it reads most cells, lone letters included). A reading that looks wrong is
 * read again another way and the more confident reading kept: a cell of several lines whose block reading is
 * unsure or has another number of lines than the image, cut into its lines (line-bands.ts) and each read alone
 * in single-line mode (tesseract's own layout analysis of a tight cell interleaves lines and drops their last
 * characters when the text runs up to the rules); a one-line cell read badly or not at all ("-", two stacked
 * characters), as a single line.
 */
async function readCell(engine: OcrEngine, crop: CellImage, lineHeight: number | undefined): Promise<OcrWord[]> {
  const image = toPgm(crop.image);
  const block = await engine.recognize(image, "block");
  let best = block;
  const bands = lineBands(crop.image, lineHeight);
  if (bands.length > 1) {
    if (meanConfidence(block) < RETRY_CONFIDENCE || lineCount(block) !== bands.length) {
      const lines = (await Promise.all(bands.map(async (band) => {
        const { image: one, top } = lineImage(crop.image, band, bands);
        return (await engine.recognize(toPgm(one), "line")).map((w) => shiftWord(w, top));
      }))).flat();
      if (meanConfidence(lines) > meanConfidence(block)) best = lines;
    }
  } else if (crop.lines <= 2 && meanConfidence(block) < RETRY_CONFIDENCE) {
    const line = await engine.recognize(image, "line");
    if (meanConfidence(line) > meanConfidence(block)) best = line;
  }
  return putBackDiscs(restoreSigns(best, crop.image), crop.discs);
}

/** Lines of a reading, as tesseract found them. */
const lineCount = (words: readonly OcrWord[]): number => new Set(words.map((w) => `${w.line.y0}:${w.line.y1}`)).size;

/**
 * One line of a cell image on white, with a margin of a third of a line above and below (tesseract finds no
 * text whose ink touches the edge); `top` is where the line image's first row lies in the cell image.
 */
function lineImage(img: GreyImage, band: LineBand, all: readonly LineBand[]): { image: GreyImage; top: number } {
  const typical = all.map((b) => b.y1 - b.y0).sort((a, b) => a - b)[(all.length - 1) >> 1]!;
  const margin = Math.max(4, Math.round(typical / 3));
  const height = band.y1 - band.y0 + 2 * margin;
  const data = new Uint8Array(img.width * height).fill(255);
  data.set(img.data.subarray(band.y0 * img.width, band.y1 * img.width), margin * img.width);
  return { image: { width: img.width, height, data }, top: band.y0 - margin };
}

function shiftWord(w: OcrWord, dy: number): OcrWord {
  const box = <B extends { y0: number; y1: number }>(b: B): B => ({ ...b, y0: b.y0 + dy, y1: b.y1 + dy });
  return { ...box(w), line: box(w.line), symbols: w.symbols.map(box) };
}

/** Below this the page is left as scanned: resampling costs more sharpness than the skew costs tesseract. */
const MIN_DESKEW_DEG = 0.05;

/** Cells whose ink is vertical writing, which OCR cannot read (their boxes are the regions flagged). */
function verticalCells(cells: readonly { bbox: Bbox; crop: CellImage }[]): VerticalText | undefined {
  let chars = 0;
  const regions: Bbox[] = [];
  for (const { bbox, crop } of cells) {
    const found = verticalColumns(crop.image);
    if (found) { chars += found.glyphs; regions.push(bbox); }
  }
  return regions.length > 0 ? { chars, regions } : undefined;
}

export interface OcrPageResult {
  readonly page: PageContent;
  /** The rotation found and undone, degrees clockwise. */
  readonly skewDeg: number;
  readonly rulesFrom: "vector" | "raster";
  readonly cells: number;
}

/**
 * A page read by OCR, returned as the same PageContent the text layer gives, so the table stage builds the
 * grid exactly as for a vector PDF. Rules come from the page's vector graphics when it has them (a PDF with a
 * broken text layer), else from the raster (a scan, after the skew is undone). Each cell of the ruled grid is
 * OCR'd on its own: the cell, not the page layout analysis, says which words belong together.
 * `textPage` is the page as the text layer read it (its rules and size).
 */
export async function ocrPage(pdf: PdfHandle, textPage: PageContent, engine: OcrEngine): Promise<OcrPageResult> {
  const rendered = await renderPageImage(pdf, textPage.pageNo, OCR_DPI);
  let grey = greyFromRgba({ width: rendered.width, height: rendered.height, data: rendered.rgba });
  const pxPerPt = rendered.scale;
  const vectorRules = textPage.rules.length > 0;
  let skewDeg = 0;
  let rules: readonly Segment[] = textPage.rules;
  if (!vectorRules) {
    let ink = binarize(grey);
    skewDeg = estimateSkew(ink);
    if (Math.abs(skewDeg) >= MIN_DESKEW_DEG) {
      grey = rotateImage(grey, -skewDeg);
      ink = binarize(grey);
    }
    // Vertical rules may be as short as a one-line header cell; a vertical text stroke is at most a character.
    // Horizontals keep the raster finder's longer minimum (a row of dashes is not a rule).
    rules = findRasterRules(ink, { dpi: OCR_DPI, minLengthPt: MIN_VERTICAL_RULE_PT })
      .filter((r) => r.x1 === r.x2 || Math.abs(r.x2 - r.x1) >= MIN_HORIZONTAL_RULE_PT);
  }
  const layout = findTables({ ...textPage, runs: [], rules });
  const cropped = layout.tables.flatMap((t) => t.cells).flatMap((c) => {
    const crop = cellImage(grey, c.bbox, pxPerPt);
    return crop ? [{ bbox: c.bbox, crop }] : [];
  });
  const crops = cropped.map((c) => c.crop);
  const lineHeight = pageLineHeight(crops.map((c) => c.image));
  const runs: TextRun[] = (await Promise.all(crops.map(async (crop) => wordsToRuns(await readCell(engine, crop, lineHeight), crop.origin, pxPerPt)))).flat();
  const vertical = verticalCells(cropped);
  return {
    page: { ...textPage, runs, rules, source: "ocr", ...(vertical ? { vertical } : {}) },
    skewDeg, rulesFrom: vectorRules ? "vector" : "raster", cells: crops.length,
  };
}

import { Util, type PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import type { TextRun } from "../types/index.js";

/** Ascent used when the font does not say: typical for CJK gothic faces. */
const DEFAULT_ASCENT = 0.88;

/**
 * The page's text items as runs in page points, origin top-left.
 * pdfjs inserts synthetic " " items between runs and "" items at line ends (height 0): dropped here.
 */
export async function readTextRuns(page: PDFPageProxy): Promise<TextRun[]> {
  const vp = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const raw of content.items) {
    if (!("str" in raw)) continue;
    const item = raw as TextItem;
    if (item.str.trim() === "" || item.height === 0) continue;
    const m = Util.transform(vp.transform, item.transform) as number[];
    const fontSize = Math.hypot(m[2]!, m[3]!);
    const style = content.styles[item.fontName];
    const ascent = style?.ascent ? style.ascent : DEFAULT_ASCENT;
    const descent = style?.descent ? Math.abs(style.descent) : 1 - ascent;
    const vertical = style?.vertical === true;
    if (vertical) {
      // Vertical writing: x is the glyph column's centre line; the run grows downwards.
      runs.push({ text: item.str, x: m[4]! - fontSize / 2, y: m[5]!, width: fontSize, height: item.height, fontSize, fontName: item.fontName });
      continue;
    }
    runs.push({
      text: item.str,
      x: m[4]!,
      y: m[5]! - fontSize * ascent,
      width: item.width,
      height: fontSize * (ascent + descent),
      fontSize,
      fontName: item.fontName,
    });
  }
  return runs;
}

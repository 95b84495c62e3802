import type { PageContent } from "../types/index.js";
import type { PdfHandle } from "./load.js";
import { assessTextLayer } from "./quality.js";
import { readContent } from "./content.js";
import { renderScale } from "./render.js";
import { findVerticalText } from "./vertical-text.js";
import { makeWarning, type Warning } from "../warnings/warnings.js";

/** Text runs, ruling segments and a text-layer verdict for one page (1-based `pageNo`). */
export async function readPage(pdf: PdfHandle, pageNo: number): Promise<PageContent> {
  const page = await pdf.guard(pdf.doc.getPage(pageNo));
  try {
    // Read in the page's own units: every threshold is in points of text, and a UserUnit of 75000 would put the
    // coordinates beyond float precision (pdfjs multiplies by it).
    const userUnit = page.userUnit > 0 ? page.userUnit : 1;
    const vp = page.getViewport({ scale: 1 / userUnit });
    const notes: Warning[] = [];
    if (userUnit !== 1) {
      notes.push(makeWarning({
        code: "pdf/user-unit-ignored", severity: "warn", page: pageNo,
        message: `page ${pageNo}: its UserUnit of ${userUnit} was ignored (read with 1 unit = 1 pt)`,
        messageJa: `${pageNo}ページ: UserUnit ${userUnit} を無視し、1単位 = 1ポイントとして読みました`,
      }));
    }
    // Absurd, not merely large (an A0 poster is drawn smaller for OCR without a word): not even 1 pixel per point.
    const ocrScale = renderScale(page.view, 300, pdf.budgets.maxPixels);
    if (ocrScale < 1) {
      const size = `${Math.round(vp.width)}×${Math.round(vp.height)} pt`, dpi = Math.max(ocrScale * 72, 0.001).toPrecision(2);
      notes.push(makeWarning({
        code: "pdf/page-too-large", severity: "warn", page: pageNo,
        message: `page ${pageNo}: ${size} is too large to draw at 300 dpi; images of it are drawn at ${dpi} dpi`,
        messageJa: `${pageNo}ページ: ${size} は300 dpiで描くには大きすぎるため、画像は ${dpi} dpi で描きました`,
      }));
    }
    const ops = await pdf.guard(page.getOperatorList());
    const { runs, rules, inkOps, redecoded } = readContent(page, ops, vp, pdf.budgets, () => pdf.fontCollections());
    const quality = assessTextLayer(runs);
    // Said in the verdict's reason, which the run's page info carries: which fonts' text is hyo's reading, not pdfjs's.
    const reason = redecoded.length === 0 ? quality.reason
      : `${quality.reason}; ${redecoded.length} font(s) re-decoded through ${[...new Set(redecoded.map((r) => r.collection))].join(", ")} (their ToUnicode map was missing or incomplete)`;
    const vertical = findVerticalText(runs);
    return {
      pageNo, width: vp.width, height: vp.height, runs, rules, quality: { ...quality, reason }, source: "text-layer", inkOps,
      ...(vertical ? { vertical } : {}), ...(notes.length ? { notes } : {}),
    };
  } finally {
    page.cleanup();
  }
}

import type { PageContent } from "../types/index.js";
import type { PdfHandle } from "./load.js";
import { assessTextLayer } from "./quality.js";
import { readContent } from "./content.js";
import { findVerticalText } from "./vertical-text.js";

/** Text runs, ruling segments and a text-layer verdict for one page (1-based `pageNo`). */
export async function readPage(pdf: PdfHandle, pageNo: number): Promise<PageContent> {
  const page = await pdf.guard(pdf.doc.getPage(pageNo));
  try {
    const vp = page.getViewport({ scale: 1 });
    const { runs, rules, redecoded } = readContent(page, await pdf.guard(page.getOperatorList()), () => pdf.fontCollections());
    const quality = assessTextLayer(runs);
    // Said in the verdict's reason, which the run's page info carries: which fonts' text is hyo's reading, not pdfjs's.
    const reason = redecoded.length === 0 ? quality.reason
      : `${quality.reason}; ${redecoded.length} font(s) re-decoded through ${[...new Set(redecoded.map((r) => r.collection))].join(", ")} (their ToUnicode map was missing or incomplete)`;
    const vertical = findVerticalText(runs);
    return { pageNo, width: vp.width, height: vp.height, runs, rules, quality: { ...quality, reason }, source: "text-layer", ...(vertical ? { vertical } : {}) };
  } finally {
    page.cleanup();
  }
}

import type { PageContent } from "../types/index.js";
import type { PdfHandle } from "./load.js";
import { assessTextLayer } from "./quality.js";
import { readContent } from "./content.js";

/** Text runs, ruling segments and a text-layer verdict for one page (1-based `pageNo`). */
export async function readPage(pdf: PdfHandle, pageNo: number): Promise<PageContent> {
  const page = await pdf.guard(pdf.doc.getPage(pageNo));
  try {
    const vp = page.getViewport({ scale: 1 });
    const { runs, rules } = readContent(page, await pdf.guard(page.getOperatorList()));
    return { pageNo, width: vp.width, height: vp.height, runs, rules, quality: assessTextLayer(runs), source: "text-layer" };
  } finally {
    page.cleanup();
  }
}

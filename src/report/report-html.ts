import type { PdfHandle } from "../pdf/load.js";
import type { ConvertResult } from "../pipeline/result.js";
import type { HyoRecord } from "../schema/index.js";
import type { ReportOptions } from "./report-of-result.js";

/**
 * reportOfResult, drawing the cell images from `openPdf` when the caller has the document open for drawing
 * (convertDocument with keepPdf; left open) instead of opening `options.pdf` again. Apart from the public module so that
 * hyo's published types never name pdfjs's.
 */
export async function reportHtml(result: ConvertResult, options: ReportOptions, openPdf?: PdfHandle): Promise<string> {
  const images = options.images ?? "flagged";
  const include = images === "all" ? () => true : (r: { needsReview: boolean }) => r.needsReview;
  const records: readonly (Pick<HyoRecord, "id" | "source" | "needsReview">)[] = result.records;
  let crops = {};
  if ((openPdf || options.pdf) && records.some(include)) {
    const [{ openPdf: open }, { renderFieldCrops }] = await Promise.all([import("../pdf/index.js"), import("../output/crops.js")]);
    const pdf = openPdf ?? await open(options.pdf!, { password: options.password });
    try {
      crops = await renderFieldCrops(pdf, records, include);
    } finally {
      if (pdf !== openPdf) await pdf.close();
    }
  }
  const generatedAt = options.generatedAt ?? new Date().toISOString();
  if (result.profile === "generic") {
    const { renderGenericReport } = await import("./render-generic-report.js");
    return renderGenericReport({
      document: result.document, source: result.source, records: result.records, tables: result.genericTables ?? [], crops, images, generatedAt,
    });
  }
  const { renderReport } = await import("./render-report.js");
  return renderReport({
    document: result.document, source: result.source, profile: result.profile, records: result.records, crops, images,
    ...(options.corrections ? { prior: options.corrections } : {}), generatedAt,
  });
}

import type { ConvertResult } from "../pipeline/result.js";

export interface ReportOptions {
  /** The PDF convert() read: each record then shows the image of its source row. Without it, no images. */
  readonly pdf?: Uint8Array;
  /** Password of an encrypted PDF. */
  readonly password?: string;
  /** Time stamp shown in the report (ISO 8601); now by default. */
  readonly generatedAt?: string;
}

/**
 * review.html of a result as one self-contained HTML string; null for generic records (the report shows profiled
 * records). The report's modules load on the first call, not when the library is imported.
 */
export async function reportOfResult(result: ConvertResult, options: ReportOptions = {}): Promise<string | null> {
  if (result.profile !== "gyosei-kaikaku") return null;
  const { renderReport } = await import("./render-report.js");
  let crops = {};
  if (options.pdf) {
    const [{ openPdf }, { renderRecordCrops }] = await Promise.all([import("../pdf/index.js"), import("../output/crops.js")]);
    const pdf = await openPdf(options.pdf, { password: options.password });
    try {
      crops = await renderRecordCrops(pdf, result.records);
    } finally {
      await pdf.close();
    }
  }
  return renderReport({ document: result.document, source: result.source, records: result.records, crops, generatedAt: options.generatedAt ?? new Date().toISOString() });
}

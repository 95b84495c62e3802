import { openPdf } from "../pdf/index.js";
import { renderRecordCrops } from "../output/crops.js";
import type { ConvertResult } from "../pipeline/result.js";
import { renderReport } from "./render-report.js";

export interface ReportOptions {
  /** The PDF convert() read: each record then shows the image of its source row. Without it, no images. */
  readonly pdf?: Uint8Array;
  /** Password of an encrypted PDF. */
  readonly password?: string;
  /** Time stamp shown in the report (ISO 8601); now by default. */
  readonly generatedAt?: string;
}

/** review.html of a result as one self-contained HTML string; null for generic records (the report shows profiled records). */
export async function reportOfResult(result: ConvertResult, options: ReportOptions = {}): Promise<string | null> {
  if (result.profile !== "gyosei-kaikaku") return null;
  let crops = {};
  if (options.pdf) {
    const pdf = await openPdf(options.pdf, { password: options.password });
    try {
      crops = await renderRecordCrops(pdf, result.records);
    } finally {
      await pdf.close();
    }
  }
  return renderReport({ document: result.document, source: result.source, records: result.records, crops, generatedAt: options.generatedAt ?? new Date().toISOString() });
}

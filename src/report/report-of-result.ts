import type { ConvertResult } from "../pipeline/result.js";
import type { HyoRecord } from "../schema/index.js";
import type { CorrectionSet } from "./corrections.js";

export interface ReportOptions {
  /** The PDF convert() read: fields then show the images of their source cells. Without it, no images. */
  readonly pdf?: Uint8Array;
  /** Password of an encrypted PDF. */
  readonly password?: string;
  /** Cell images for the records that need review (default) or for all. */
  readonly images?: "flagged" | "all";
  /** The corrections the run applied: the report shows them and its export keeps them. */
  readonly corrections?: CorrectionSet;
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
  const records = result.records;
  const images = options.images ?? "flagged";
  const include = images === "all" ? () => true : (r: HyoRecord) => r.needsReview;
  let crops = {};
  if (options.pdf && records.some(include)) {
    const [{ openPdf }, { renderFieldCrops }] = await Promise.all([import("../pdf/index.js"), import("../output/crops.js")]);
    const pdf = await openPdf(options.pdf, { password: options.password });
    try {
      crops = await renderFieldCrops(pdf, records, include);
    } finally {
      await pdf.close();
    }
  }
  return renderReport({
    document: result.document, source: result.source, profile: result.profile, records, crops, images,
    ...(options.corrections ? { prior: options.corrections } : {}), generatedAt: options.generatedAt ?? new Date().toISOString(),
  });
}

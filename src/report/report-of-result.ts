import type { ConvertResult } from "../pipeline/result.js";
import type { HyoRecord } from "../schema/index.js";
import type { CorrectionSet } from "./corrections.js";
import type { PdfHandle } from "../pdf/load.js";

export interface ReportOptions {
  /** The PDF convert() read: fields then show the images of their source cells. Without it, no images. */
  readonly pdf?: Uint8Array;
  /** Password of an encrypted PDF. */
  readonly password?: string;
  /** The document already open for drawing (convertKeepingPdf): drawn from instead of opening `pdf` again; left open. */
  readonly openPdf?: PdfHandle;
  /** Cell images for the records that need review (default) or for all. */
  readonly images?: "flagged" | "all";
  /** The corrections the run applied: the report shows them and its export keeps them. */
  readonly corrections?: CorrectionSet;
  /** Time stamp shown in the report (ISO 8601); now by default. */
  readonly generatedAt?: string;
}

/**
 * review.html of a result as one self-contained HTML string, for every profile. The report's modules load on the
 * first call, not when the library is imported.
 */
export async function reportOfResult(result: ConvertResult, options: ReportOptions = {}): Promise<string> {
  const images = options.images ?? "flagged";
  const include = images === "all" ? () => true : (r: { needsReview: boolean }) => r.needsReview;
  const records: readonly (Pick<HyoRecord, "id" | "source" | "needsReview">)[] = result.records;
  let crops = {};
  if ((options.openPdf || options.pdf) && records.some(include)) {
    const [{ openPdf }, { renderFieldCrops }] = await Promise.all([import("../pdf/index.js"), import("../output/crops.js")]);
    const pdf = options.openPdf ?? await openPdf(options.pdf!, { password: options.password });
    try {
      crops = await renderFieldCrops(pdf, records, include);
    } finally {
      if (pdf !== options.openPdf) await pdf.close();
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

import path from "node:path";
import { openPdf } from "../pdf/index.js";
import type { ConvertResult } from "../pipeline/convert.js";
import type { CorrectionSet } from "../report/corrections.js";
import { renderReport } from "../report/index.js";
import type { HyoRecord } from "../schema/index.js";
import { writeFileAtomic } from "./atomic-write.js";
import { renderFieldCrops } from "./crops.js";

export interface ReportOptions {
  readonly password?: string;
  /** The corrections this run applied: the report shows them and its export keeps them. */
  readonly corrections?: CorrectionSet;
  /** Cell images for the records that need review (default) or for all. */
  readonly images?: "flagged" | "all";
}

/** review.html with the images of the fields' source cells; only for profiled records. Returns the path or null. */
export async function writeReport(result: ConvertResult, bytes: Uint8Array, outDir: string, opts: ReportOptions = {}): Promise<string | null> {
  if (result.records.profile !== "gyosei-kaikaku") return null;
  const records = result.records.records as HyoRecord[];
  const images = opts.images ?? "flagged";
  const include = images === "all" ? () => true : (r: HyoRecord) => r.needsReview;
  let crops = {};
  if (records.some(include)) {
    const pdf = await openPdf(bytes, { password: opts.password });
    try {
      crops = await renderFieldCrops(pdf, records, include);
    } finally {
      await pdf.close();
    }
  }
  const html = renderReport({
    document: result.records.document, source: result.records.source, profile: result.records.profile, records, crops, images,
    ...(opts.corrections ? { prior: opts.corrections } : {}), generatedAt: new Date().toISOString(),
  });
  const file = path.join(outDir, "review.html");
  await writeFileAtomic(file, html);
  return file;
}

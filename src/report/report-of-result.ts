import type { ConvertResult } from "../pipeline/result.js";
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
 * review.html of a result as one self-contained HTML string, for every profile. The report's modules load on the
 * first call, not when the library is imported.
 */
export async function reportOfResult(result: ConvertResult, options: ReportOptions = {}): Promise<string> {
  const { reportHtml } = await import("./report-html.js");
  return reportHtml(result, options);
}

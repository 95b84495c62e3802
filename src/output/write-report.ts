import path from "node:path";
import type { ConvertResult } from "../pipeline/result.js";
import type { PdfHandle } from "../pdf/load.js";
import { reportHtml } from "../report/report-html.js";
import type { ReportOptions } from "../report/report-of-result.js";
import { writeFileAtomic } from "./atomic-write.js";

/** review.html with the images of the fields' source cells (drawn from `openPdf` when given), for every profile. Returns the path. */
export async function writeReport(result: ConvertResult, outDir: string, options: ReportOptions, openPdf?: PdfHandle): Promise<string> {
  const html = await reportHtml(result, options, openPdf);
  const file = path.join(outDir, "review.html");
  await writeFileAtomic(file, html);
  return file;
}

import path from "node:path";
import type { ConvertResult } from "../pipeline/result.js";
import { reportOfResult, type ReportOptions } from "../report/report-of-result.js";
import { writeFileAtomic } from "./atomic-write.js";

/** review.html with the images of the fields' source cells; only for profiled records. Returns the path or null. */
export async function writeReport(result: ConvertResult, outDir: string, options: ReportOptions): Promise<string | null> {
  const html = await reportOfResult(result, options);
  if (html === null) return null;
  const file = path.join(outDir, "review.html");
  await writeFileAtomic(file, html);
  return file;
}

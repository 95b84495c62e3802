import path from "node:path";
import type { ConvertResult } from "../pipeline/result.js";
import { reportOfResult, type ReportOptions } from "../report/report-of-result.js";
import { writeFileAtomic } from "./atomic-write.js";

/** review.html with the images of the fields' source cells, for every profile. Returns the path. */
export async function writeReport(result: ConvertResult, outDir: string, options: ReportOptions): Promise<string> {
  const html = await reportOfResult(result, options);
  const file = path.join(outDir, "review.html");
  await writeFileAtomic(file, html);
  return file;
}

import path from "node:path";
import type { ConvertResult } from "../pipeline/result.js";
import { reportOfResult } from "../report/report-of-result.js";
import { writeFileAtomic } from "./atomic-write.js";

/** review.html with the image of every record's source row; only for profiled records. Returns the path or null. */
export async function writeReport(result: ConvertResult, bytes: Uint8Array, outDir: string, password?: string): Promise<string | null> {
  const html = await reportOfResult(result, { pdf: bytes, password });
  if (html === null) return null;
  const file = path.join(outDir, "review.html");
  await writeFileAtomic(file, html);
  return file;
}

import path from "node:path";
import { openPdf } from "../pdf/index.js";
import type { ConvertResult } from "../pipeline/result.js";
import { renderReport } from "../report/index.js";
import { writeFileAtomic } from "./atomic-write.js";
import { renderRecordCrops } from "./crops.js";

/** review.html with the image of every record's source row; only for profiled records. Returns the path or null. */
export async function writeReport(result: ConvertResult, bytes: Uint8Array, outDir: string, password?: string): Promise<string | null> {
  if (result.profile !== "gyosei-kaikaku") return null;
  const records = result.records;
  const pdf = await openPdf(bytes, { password });
  let crops;
  try {
    crops = await renderRecordCrops(pdf, records);
  } finally {
    await pdf.close();
  }
  const html = renderReport({ document: result.document, source: result.source, records, crops, generatedAt: new Date().toISOString() });
  const file = path.join(outDir, "review.html");
  await writeFileAtomic(file, html);
  return file;
}

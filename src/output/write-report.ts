import path from "node:path";
import { openPdf } from "../pdf/index.js";
import type { ConvertResult } from "../pipeline/convert.js";
import { renderReport } from "../report/index.js";
import { renderGenericReport } from "../report/render-generic-report.js";
import type { HyoRecord } from "../schema/index.js";
import { writeFileAtomic } from "./atomic-write.js";
import { renderRecordCrops } from "./crops.js";

/** Records whose source row is pictured in the report regardless of flags. */
const MAX_PICTURED_RECORDS = 500;

/** review.html with the image of every record's source row, for every profile. Returns the path. */
export async function writeReport(result: ConvertResult, bytes: Uint8Array, outDir: string, password?: string): Promise<string | null> {
  const file = result.records;
  const pdf = await openPdf(bytes, { password });
  let crops;
  try {
    // Each crop renders and encodes an image: past a budget of rows only the flagged ones get theirs (a 6,000-row
    // table would take minutes and gigabytes for pictures of rows nobody needs to look at).
    const pictured = file.records.length <= MAX_PICTURED_RECORDS ? file.records : (file.records as { id: string; needsReview: boolean; source: HyoRecord["source"] }[]).filter((r) => r.needsReview);
    crops = await renderRecordCrops(pdf, pictured);
  } finally {
    await pdf.close();
  }
  const common = { document: file.document, source: file.source, crops, generatedAt: new Date().toISOString() };
  const html = file.profile === "gyosei-kaikaku"
    ? renderReport({ ...common, records: file.records as HyoRecord[] })
    : renderGenericReport({ ...common, records: file.records, tables: file.tables ?? [] });
  const out = path.join(outDir, "review.html");
  await writeFileAtomic(out, html);
  return out;
}

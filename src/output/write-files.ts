import path from "node:path";
import type { PdfHandle } from "../pdf/load.js";
import { recordsFileOf, tablesFileOf, type ConvertResult } from "../pipeline/result.js";
import { writeChunksAtomic, writeFileAtomic } from "./atomic-write.js";
import { jsonChunks } from "./json-lines.js";
import { quantitiesCsv } from "./quantities-csv.js";
import { recordsCsv } from "./records-csv.js";
import type { WriteOptions } from "./write-outputs.js";

/**
 * writeOutputs, with review.html's images drawn from `openPdf` when the caller has the document open for drawing
 * (convertDocument with keepPdf; left open). Apart from the public module so that hyo's published types never name pdfjs's.
 */
export async function writeOutputFiles(result: ConvertResult, outDir: string, options: WriteOptions, openPdf?: PdfHandle): Promise<string[]> {
  const lang = options.csvHeaders ?? "en";
  // The report's pages are drawn while the data files are written: its waits on the parser thread overlap them.
  const report = options.pdf
    ? import("./write-report.js").then(({ writeReport }) => writeReport(result, outDir, {
      pdf: options.pdf, password: options.password, images: options.reportImages, corrections: options.corrections,
    }, openPdf))
    : Promise.resolve(null);
  // Settled even if a data file fails first, so no report is left rendering unobserved.
  report.catch(() => undefined);
  const files: [string, string | Iterable<string>][] = [
    ["records.json", jsonFile(recordsFileOf(result))],
    ["records.csv", recordsCsv(result, lang)],
    ["quantities.csv", quantitiesCsv(result, lang)],
    ["tables.json", jsonFile(tablesFileOf(result))],
  ];
  const written: string[] = [];
  try {
    for (const [name, data] of files) {
      const file = path.join(outDir, name);
      await (typeof data === "string" ? writeFileAtomic(file, data) : writeChunksAtomic(file, data));
      written.push(file);
    }
  } catch (err) {
    // The report must be done writing before the caller cleans the folder up (it would write into it again).
    await report.catch(() => undefined);
    throw err;
  }
  const reportFile = await report;
  if (reportFile) written.push(reportFile);
  return written;
}

function* jsonFile(value: unknown): Generator<string> {
  yield* jsonChunks(value);
  yield "\n";
}

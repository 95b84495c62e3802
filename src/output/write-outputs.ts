import path from "node:path";
import { recordsFileOf, tablesFileOf, type ConvertResult } from "../pipeline/result.js";
import type { CorrectionSet } from "../report/corrections.js";
import type { PdfHandle } from "../pdf/load.js";
import { writeChunksAtomic, writeFileAtomic } from "./atomic-write.js";
import type { CsvHeaders } from "./csv-columns.js";
import { jsonChunks } from "./json-lines.js";
import { quantitiesCsv } from "./quantities-csv.js";
import { recordsCsv } from "./records-csv.js";

export interface WriteOptions {
  /** Header row of the CSV files: field names (en, the default) or Japanese column names (ja). */
  readonly csvHeaders?: CsvHeaders;
  /** The PDF the result was converted from: review.html is written too, with each record's source row as an image. */
  readonly pdf?: Uint8Array;
  /** Password of an encrypted PDF (for review.html's images). */
  readonly password?: string;
  /** `pdf` already open for drawing (convertKeepingPdf): review.html's images are drawn from it; it is left open. */
  readonly openPdf?: PdfHandle;
  /** review.html's cell images: for the records that need review (default) or for all. */
  readonly reportImages?: "flagged" | "all";
  /** The corrections the run applied: review.html shows them and its export keeps them. */
  readonly corrections?: CorrectionSet;
}

/**
 * <dir>/{records.json, records.csv, quantities.csv, tables.json} (+ review.html when `pdf` is given), each written
 * atomically. Returns the paths written. The library's way to write what the CLI writes.
 */
export async function writeOutputs(result: ConvertResult, outDir: string, options: WriteOptions = {}): Promise<string[]> {
  const lang = options.csvHeaders ?? "en";
  // The report's pages are drawn while the data files are written: its waits on the parser thread overlap them.
  const report = options.pdf
    ? import("./write-report.js").then(({ writeReport }) => writeReport(result, outDir, {
      pdf: options.pdf, password: options.password, images: options.reportImages, corrections: options.corrections,
      ...(options.openPdf ? { openPdf: options.openPdf } : {}),
    }))
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

import path from "node:path";
import { recordsFileOf, tablesFileOf, type ConvertResult } from "../pipeline/result.js";
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
}

/**
 * <dir>/{records.json, records.csv, quantities.csv, tables.json} (+ review.html when `pdf` is given), each written
 * atomically. Returns the paths written. The library's way to write what the CLI writes.
 */
export async function writeOutputs(result: ConvertResult, outDir: string, options: WriteOptions = {}): Promise<string[]> {
  const lang = options.csvHeaders ?? "en";
  const files: [string, string | Iterable<string>][] = [
    ["records.json", jsonFile(recordsFileOf(result))],
    ["records.csv", recordsCsv(result, lang)],
    ["tables.json", jsonFile(tablesFileOf(result))],
  ];
  const quantities = quantitiesCsv(result, lang);
  if (quantities !== null) files.splice(2, 0, ["quantities.csv", quantities]);
  const written: string[] = [];
  for (const [name, data] of files) {
    const file = path.join(outDir, name);
    await (typeof data === "string" ? writeFileAtomic(file, data) : writeChunksAtomic(file, data));
    written.push(file);
  }
  if (options.pdf) {
    const { writeReport } = await import("./write-report.js");
    const report = await writeReport(result, options.pdf, outDir, options.password);
    if (report) written.push(report);
  }
  return written;
}

function* jsonFile(value: unknown): Generator<string> {
  yield* jsonChunks(value);
  yield "\n";
}

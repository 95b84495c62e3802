import type { ConvertResult } from "../pipeline/result.js";
import type { CorrectionSet } from "../report/corrections.js";
import type { CsvHeaders } from "./csv-columns.js";
import { writeOutputFiles } from "./write-files.js";

export interface WriteOptions {
  /** Header row of the CSV files: field names (en, the default) or Japanese column names (ja). */
  readonly csvHeaders?: CsvHeaders;
  /** The PDF the result was converted from: review.html is written too, with each record's source row as an image. */
  readonly pdf?: Uint8Array;
  /** Password of an encrypted PDF (for review.html's images). */
  readonly password?: string;
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
  return writeOutputFiles(result, outDir, options);
}

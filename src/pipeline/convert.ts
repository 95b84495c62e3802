import type { ConvertOptions, ProgressEvent } from "./options.js";
import type { ConvertResult } from "./result.js";
import { convertDocument } from "./convert-document.js";

export type { ConvertResult } from "./result.js";

/**
 * PDF bytes → validated records and tables. Pure of file I/O: the library entry point (`import { convert } from "hyo"`).
 * Pages are read a few at a time (PageReader) and only their tables are kept, so memory follows the tables, not the PDF.
 */
export async function convert(bytes: Uint8Array, options: ConvertOptions = {}, onProgress: (e: ProgressEvent) => void = () => {}): Promise<ConvertResult> {
  return (await convertDocument(bytes, options, onProgress, false)).result;
}

/**
 * hyo's library API. `convert(bytes)` returns the typed, validated result and writes nothing; `writeOutputs`
 * writes what the CLI writes; `renderReport` gives review.html as a string.
 */
import { stopPdfjsThread as stopThread } from "./pdf/worker-thread.js";

export { convert } from "./pipeline/convert.js";
export type { ConvertResult } from "./pipeline/result.js";
export { recordsFileOf, tablesFileOf } from "./pipeline/result.js";
export type { ConvertOptions, ProgressEvent } from "./pipeline/options.js";
export { writeOutputs, type WriteOptions } from "./output/write-outputs.js";
export type { CsvHeaders } from "./output/csv-columns.js";
export { reportOfResult as renderReport, type ReportOptions } from "./report/report-of-result.js";
export { InputError } from "./errors.js";
export { jsonSchemaOf, SCHEMA_NAMES, type SchemaName } from "./schema/registry.js";
export type { RecordsFile, TablesFile, HyoRecord, GenericRecord, GenericTable, CellQuantity, DocumentInfo, QuantityRow } from "./schema/index.js";
export type { CorrectionsFile, Correction, Review } from "./report/corrections.js";
export { WARNING_CODES, type Warning, type WarningCode } from "./warnings/warnings.js";
export { parseProfileFile, type ProfileFile } from "./profile/profile-file.js";
export type { Bbox, Segment, TextRun, PageContent, Flag, Repair, Quantity } from "./types/index.js";

/**
 * Stops the pdfjs parser thread that every open document shares and gives its memory back; the next convert()
 * starts it again. Wrapped so the published types do not reach pdfjs-dist's own (which need @napi-rs/canvas's).
 */
export const stopPdfjsThread = (): Promise<void> => stopThread();
export { compare, compareTables, type Edition } from "./compare/index.js";
export { compareSchema, type CompareFile, type ComparePair, type GenericCompareFile, type CompareOutput } from "./schema/compare.js";

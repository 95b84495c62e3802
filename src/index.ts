/** hyo's library API: `import { convert } from "hyo"` returns the typed result and writes no files. */
export { convert, type ConvertResult } from "./pipeline/convert.js";
export type { ConvertOptions, ProgressEvent } from "./pipeline/options.js";
export { InputError } from "./errors.js";
export { stopPdfjsThread } from "./pdf/index.js";
export { jsonSchemaOf, SCHEMA_NAMES, type SchemaName } from "./schema/registry.js";
export type { RecordsFile, TablesFile, HyoRecord, GenericRecord, DocumentInfo, QuantityRow } from "./schema/index.js";
export type { Warning, WarningCode } from "./warnings/warnings.js";
export { WARNING_CODES } from "./warnings/warnings.js";
export { recordsFileOf, tablesFileOf } from "./pipeline/result.js";
export type { Bbox, Segment, TextRun, PageContent, Flag, Repair, Quantity } from "./types/index.js";

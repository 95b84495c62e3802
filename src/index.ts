/** hyo's library API: `import { convert } from "hyo"` returns the typed result and writes no files. */
export { convert, type ConvertResult } from "./pipeline/convert.js";
export type { ConvertOptions, ProgressEvent } from "./pipeline/options.js";
export { InputError } from "./errors.js";
export { stopPdfjsThread } from "./pdf/index.js";
export { outputJsonSchema } from "./schema/index.js";
export type { RecordsFile, TablesFile, HyoRecord, GenericRecord, DocumentInfo } from "./schema/index.js";
export type { Bbox, Segment, TextRun, PageContent, Flag, Repair, Quantity } from "./types/index.js";
export { compare, compareTables, type Edition } from "./compare/index.js";
export { compareSchema, type CompareFile, type ComparePair, type GenericCompareFile, type CompareOutput } from "./schema/compare.js";

import { z } from "zod";
import { WarningSchema } from "./warning.js";

export const SCHEMA_VERSION = "1.0.0";

/** Integers that are counts, offsets or indexes: never negative, never beyond what a JSON reader holds exactly. */
export const count = () => z.int().min(0).max(Number.MAX_SAFE_INTEGER);
/** A 1-based page number. */
export const pageNo = () => z.int().min(1).max(Number.MAX_SAFE_INTEGER).describe("1-based page number");

export const BboxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()])
  .describe("[x0, top, x1, bottom] in PDF points (1/72 inch), origin at the top-left corner of the page, y growing downwards; rounded to 0.01 pt");

export const SourceSchema = z.object({
  file: z.string().describe("the input's file name as given to convert() (fileName option) or on the command line"),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256 of the PDF's bytes, lower-case hex"),
  pages: count().describe("number of pages in the PDF"),
}).describe("the PDF the file was made from");

export const QuantitySchema = z.object({
  raw: z.string().describe("the quantity exactly as written"),
  span: z.tuple([count(), count()])
    .describe("[start, end) of raw in the field text: UTF-16 code-unit offsets (JavaScript string indexes), 0-based, end exclusive"),
  value: z.number().describe("value as written, sign applied, multiplier not applied"),
  unit: z.string().describe("unit as written, without the multiplier (円, %, 人 …); empty when none"),
  multiplier: z.number().describe("multiplier written before the unit (千 → 1000, 億 → 100000000), 1 when none"),
  normalized: z.object({
    value: z.number().describe("value × multiplier in the base unit"),
    unit: z.string().describe("base unit: JPY, percent, count, …"),
  }).describe("value in a base unit (JPY, percent, count, …)"),
  negative: z.boolean().describe("written with ▲, △ or a minus sign"),
  comparator: z.enum(["≥", "≤", "<", ">", "≈"]).nullable().describe("from 以上/以下/未満/超/約 and the like; null when none"),
  label: z.string().nullable().describe("the term the number measures, e.g. 実質公債費比率; null when none precedes it"),
}).describe("a number of a field text, typed");

export const FlagSchema = z.object({
  code: z.string().describe("<stage>/<rule>, e.g. review/grade-missing (the README lists every code)"),
  field: z.string().optional().describe("the record field the flag is about; absent when about the whole record"),
  severity: z.enum(["error", "warn", "info"]).describe("error: the value is missing or wrong; warn: it may be; info: a repair or a choice made"),
  message: z.string().describe("why, in words"),
}).describe("a finding of the review rules on a record");

export const RepairSchema = z.object({
  rule: z.string().describe("the repair rule that made the change"),
  from: z.string().describe("text before"),
  to: z.string().describe("text after"),
}).describe("one change a text repair made");

export const EvaluationSchema = z.object({
  label: z.string().describe("the label the target and the actual share"),
  target: QuantitySchema.describe("the target or plan quantity"),
  actual: QuantitySchema.describe("the done quantity"),
  met: z.boolean().nullable().describe("whether the target was met; null when its direction is unknown (no comparator)"),
}).describe("a target/plan quantity paired with a done quantity by label");

export const DepartmentsSchema = z.object({
  lead: z.array(z.string()).describe("取組主管課: the lead departments"),
  main: z.string().optional().describe("the main one, marked ●"),
  related: z.array(z.string()).describe("関係課等"),
}).describe("the departments text split up");

export const CellSourceSchema = z.object({ page: pageNo(), bbox: BboxSchema }).describe("where a field's cell is on its page");

const RecordSourceSchema = z.object({
  pages: z.array(pageNo()).describe("pages the record's cells are on"),
  cells: z.record(z.string(), CellSourceSchema).describe("field → the cell it was read from"),
}).describe("where the record is in the PDF");

const fieldMap = <T extends z.ZodType>(value: T, what: string) => z.record(z.string(), value).describe(`field name → ${what}`);

/** Record of the gyosei-kaikaku profile (行政改革実施計画 取組結果). Field names are a contract. */
export const RecordSchema = z.object({
  id: z.string().describe("basicPolicyNo-topic marker-no, e.g. 1-①-1; a No. repeated within a topic gets (2), (3) …"),
  key: z.string().describe("stable across editions: hash of the topic and item texts without position markers, hiragana, punctuation or spaces, e.g. 3f9a0c1d2b7e"),
  basicPolicyNo: count().nullable().describe("number of the 基本方針 section row"),
  basicPolicy: z.string().describe("基本方針, e.g. 財政の健全化"),
  direction: z.string().describe("the ● row (取組の方向性), without ●"),
  topic: z.string().describe("取組項目, e.g. ①歳出構造の見直し"),
  no: count().nullable().describe("No. of the item within its topic"),
  item: z.string().describe("具体的な取り組み項目"),
  departments: z.string().describe("取組主管課・関係課等 as written"),
  departmentsParsed: DepartmentsSchema,
  futureDirection: z.string().describe("今後の取組方向"),
  relatedPlans: z.string().describe("関係する計画等"),
  target: z.string().describe("達成目標"),
  plan: z.string().describe("Plan (計画)"),
  done: z.string().describe("Do (実施内容)"),
  check: z.string().describe("Check (評価)"),
  grade: z.enum(["A", "B", "C", "D"]).nullable().describe("取組達成度 A–D; null when missing or unreadable (flagged)"),
  action: z.string().describe("Action (改善)"),
  quantities: fieldMap(z.array(QuantitySchema), "every number of that field's text, typed"),
  evaluations: z.array(EvaluationSchema).describe("target/plan quantities paired with done quantities by label"),
  repairs: fieldMap(z.array(RepairSchema), "the text repairs made in that field"),
  confidence: fieldMap(z.number().min(0).max(100), "lowest OCR word confidence (0–100) of the field; OCR pages only"),
  lowConfidence: fieldMap(z.array(z.string()), "OCR only: the stretches of characters read with low confidence, in reading order").optional(),
  flags: z.array(FlagSchema).describe("review findings"),
  needsReview: z.boolean().describe("true when any flag is an error or a warning"),
  corrected: z.boolean().describe("true when a reviewer's correction was applied"),
  extracted: z.record(z.string(), z.unknown()).optional().describe("field name → the extracted value of a field a reviewer corrected"),
  reviewedAt: z.string().optional().describe("when a reviewer marked the record 確認済み (ISO 8601, from --corrections)"),
  source: RecordSourceSchema,
}).describe("a record of the gyosei-kaikaku profile: one item of the 行政改革実施計画 取組結果 table");

/** A numeric cell of a generic record, typed: the quantity, and where its unit and multiplier came from. */
export const CellQuantitySchema = QuantitySchema.extend({
  unitFrom: z.enum(["cell", "header", "profile", "row", "note", "none"]).describe("the cell's own unit, the column header's （千円）, the --profile file's, the row label's （%）, the table's 単位 note, or none"),
}).describe("a numeric cell, typed; label is the column's key");

export const TotalCheckSchema = z.object({
  expected: z.number().describe("sum of the values the total adds up"),
  found: z.number().describe("the total as printed"),
  addends: count().describe("how many values were summed"),
  tolerance: z.number().describe("half a unit of the last digit shown, per value: what rounding alone can explain"),
  ok: z.boolean().describe("true when found is within tolerance of expected"),
}).describe("a total row's check of one column");

/** Record of the generic profile: one per table row, keyed by header path (levels joined with " / "). */
export const GenericRecordSchema = z.object({
  id: z.string().describe("table id and row (or the --profile file's id template), unique in the file"),
  table: z.string().describe("id of the table in tables.json"),
  fields: z.record(z.string(), z.string()).describe("header path (levels joined with \" / \"; column letter when headerless) → the cell's text"),
  section: z.array(z.string()).optional().describe("titles of the section rows above the record, outermost first"),
  total: z.boolean().optional().describe("a 合計/小計/計/総計/Total row"),
  quantities: fieldMap(z.array(CellQuantitySchema), "typed value of the numeric cell").optional(),
  noValue: fieldMap(z.string(), "the mark that says the cell has no value (-, ―, …, x): not zero").optional(),
  totalCheck: fieldMap(TotalCheckSchema, "total rows: the column's check against the rows above").optional(),
  confidence: fieldMap(z.number().min(0).max(100), "lowest OCR word confidence (0–100) of the field; OCR pages only").optional(),
  lowConfidence: fieldMap(z.array(z.string()), "OCR only: the stretches of characters read with low confidence, in reading order").optional(),
  repairs: fieldMap(z.array(RepairSchema), "the text repairs made in that field"),
  flags: z.array(FlagSchema).describe("review findings"),
  needsReview: z.boolean().describe("true when any flag is an error or a warning"),
  source: RecordSourceSchema,
}).describe("a record of the generic profile: one table row (section and header rows are not records)");

/** A generic table: how its columns were read (type, unit) and its sections. */
export const GenericTableSchema = z.object({
  id: z.string().describe("id of the table in tables.json"),
  headerless: z.boolean().describe("no header row was found: columns are keyed by letter (A, B, …)"),
  unitNote: z.string().nullable().describe("the 単位 note printed with the table, e.g. 単位：百万円"),
  notes: z.array(z.string()).describe("title and foot-note rows the table region took in"),
  columns: z.array(z.object({
    key: z.string().describe("the field name of the column in the records: its header path joined with \" / \", the --profile file's field name, or its letter when headerless"),
    path: z.array(z.string()).describe("header labels, top level first"),
    type: z.enum(["number", "percent", "money", "count", "date", "grade", "code", "text"]).describe("what the column holds, from its header and values"),
    unit: z.string().nullable().describe("the column's unit as written (円, %, 人 …); null when none"),
    multiplier: z.number().nullable().describe("the unit's multiplier (千円 → 1000); null when no unit"),
    normalizedUnit: z.string().nullable().describe("base unit of the normalized values (JPY, percent, count …); null when no unit"),
    unitFrom: z.enum(["header", "note", "profile"]).nullable().describe("where the unit came from: the header, the table's 単位 note or the --profile file; null when none"),
  }).describe("how a column was read")).describe("the columns, left to right"),
  sections: z.array(z.array(z.string())).describe("every section path, in order"),
}).describe("a table read without a record profile: its columns' types and units, and its sections");

export const DocumentInfoSchema = z.object({
  title: z.string().nullable().describe("the document's title, from the first page"),
  municipality: z.string().nullable().describe("the municipality that published it"),
  published: z.string().nullable().describe("publication date as written"),
  fiscalYear: z.string().nullable().describe("the fiscal year the document reports on, as written"),
}).describe("what the first page says about the document; null when not found");

const recordsFileOf = <P extends string, R extends z.ZodType>(profile: P, record: R) => z.object({
  schemaVersion: z.string().describe("version of this file's schema (semver)"),
  profile: z.literal(profile).describe("the record layout used"),
  source: SourceSchema,
  document: DocumentInfoSchema,
  records: z.array(record).describe("the records, in document order"),
  warnings: z.array(WarningSchema).describe("warnings about the document as a whole"),
  profileName: z.string().optional().describe("name of the --profile file the records were read with"),
});

/**
 * The records file, told apart by `profile`: a union of the two record arrays would first try every generic
 * record against the profiled schema and collect an error for each (half a second on 6,000 records).
 */
export const RecordsFileSchema = z.discriminatedUnion("profile", [
  recordsFileOf("gyosei-kaikaku", RecordSchema),
  recordsFileOf("generic", GenericRecordSchema).extend({
    tables: z.array(GenericTableSchema).optional().describe("how each table's columns and sections were read (the records' `table` names one)"),
  }),
]);

export type HyoRecord = z.infer<typeof RecordSchema>;
export type GenericRecord = z.infer<typeof GenericRecordSchema>;
export type GenericTable = z.infer<typeof GenericTableSchema>;
export type CellQuantity = z.infer<typeof CellQuantitySchema>;
export type RecordsFile = z.infer<typeof RecordsFileSchema>;
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;
export type Departments = z.infer<typeof DepartmentsSchema>;

import { z } from "zod";

export const SCHEMA_VERSION = "1.0.0";

const BboxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]).describe("[x0, top, x1, bottom] in PDF points, origin top-left");

export const QuantitySchema = z.object({
  raw: z.string().describe("the quantity exactly as written"),
  span: z.tuple([z.int(), z.int()]).describe("[start, end) character offsets in the field text"),
  value: z.number().describe("value as written, sign applied"),
  unit: z.string().describe("unit as written, without multiplier"),
  multiplier: z.number().describe("multiplier written before the unit (千 → 1000)"),
  normalized: z.object({ value: z.number(), unit: z.string() }).describe("value in a base unit (JPY, percent, count, …)"),
  negative: z.boolean(),
  comparator: z.enum(["≥", "≤", "<", ">", "≈"]).nullable(),
  label: z.string().nullable().describe("the term the number measures"),
});

export const FlagSchema = z.object({
  code: z.string().describe("<stage>/<rule>, e.g. review/grade-missing"),
  field: z.string().optional(),
  severity: z.enum(["error", "warn", "info"]),
  message: z.string(),
});

export const RepairSchema = z.object({ rule: z.string(), from: z.string(), to: z.string() });

export const EvaluationSchema = z.object({
  label: z.string(),
  target: QuantitySchema,
  actual: QuantitySchema,
  met: z.boolean().nullable(),
});

export const DepartmentsSchema = z.object({
  lead: z.array(z.string()).describe("取組主管課: the lead departments"),
  main: z.string().optional().describe("the main one, marked ●"),
  related: z.array(z.string()).describe("関係課等"),
});

export const CellSourceSchema = z.object({ page: z.int().describe("1-based page number"), bbox: BboxSchema });

/** Record of the gyosei-kaikaku profile (行政改革実施計画 取組結果). Field names are a contract. */
export const RecordSchema = z.object({
  id: z.string().describe("basicPolicyNo-topic marker-no, e.g. 1-①-1"),
  basicPolicyNo: z.int().nullable(),
  basicPolicy: z.string(),
  direction: z.string().describe("the ● row, without ●"),
  topic: z.string(),
  no: z.int().nullable(),
  item: z.string(),
  departments: z.string(),
  departmentsParsed: DepartmentsSchema,
  futureDirection: z.string(),
  relatedPlans: z.string(),
  target: z.string(),
  plan: z.string(),
  done: z.string(),
  check: z.string(),
  grade: z.enum(["A", "B", "C", "D"]).nullable(),
  action: z.string(),
  quantities: z.record(z.string(), z.array(QuantitySchema)),
  evaluations: z.array(EvaluationSchema),
  repairs: z.record(z.string(), z.array(RepairSchema)),
  confidence: z.record(z.string(), z.number()),
  flags: z.array(FlagSchema),
  needsReview: z.boolean(),
  corrected: z.boolean(),
  extracted: z.record(z.string(), z.unknown()).optional().describe("the extracted values of fields a reviewer corrected"),
  source: z.object({ pages: z.array(z.int()), cells: z.record(z.string(), CellSourceSchema) }),
});

/** A numeric cell of a generic record, typed: the quantity, and where its unit and multiplier came from. */
export const CellQuantitySchema = QuantitySchema.extend({
  unitFrom: z.enum(["cell", "header", "profile", "row", "note", "none"]).describe("the cell's own unit, the column header's （千円）, the --profile file's, the row label's （%）, the table's 単位 note, or none"),
});

export const TotalCheckSchema = z.object({
  expected: z.number().describe("sum of the values the total adds up"),
  found: z.number().describe("the total as printed"),
  addends: z.int(),
  tolerance: z.number().describe("half a unit of the last digit shown, per value: what rounding alone can explain"),
  ok: z.boolean(),
});

/** Record of the generic profile: one per table row, keyed by header path (levels joined with " / "). */
export const GenericRecordSchema = z.object({
  id: z.string(),
  table: z.string(),
  fields: z.record(z.string(), z.string()),
  section: z.array(z.string()).optional().describe("titles of the section rows above the record, outermost first"),
  total: z.boolean().optional().describe("a 合計/小計/計/総計/Total row"),
  quantities: z.record(z.string(), z.array(CellQuantitySchema)).optional().describe("typed value of each numeric cell, by field"),
  noValue: z.record(z.string(), z.string()).optional().describe("field → the mark that says the cell has no value (-, ―, …, x): not zero"),
  totalCheck: z.record(z.string(), TotalCheckSchema).optional().describe("total rows: each summed column checked against the rows above"),
  confidence: z.record(z.string(), z.number()).optional().describe("lowest OCR word confidence per field (OCR pages only)"),
  repairs: z.record(z.string(), z.array(RepairSchema)),
  flags: z.array(FlagSchema),
  needsReview: z.boolean(),
  source: z.object({ pages: z.array(z.int()), cells: z.record(z.string(), CellSourceSchema) }),
});

/** A generic table: how its columns were read (type, unit) and its sections. */
export const GenericTableSchema = z.object({
  id: z.string(),
  headerless: z.boolean().describe("no header row was found: columns are keyed by letter (A, B, …)"),
  unitNote: z.string().nullable().describe("the 単位 note printed with the table, e.g. 単位：百万円"),
  notes: z.array(z.string()).describe("title and foot-note rows the table region took in"),
  columns: z.array(z.object({
    key: z.string(),
    path: z.array(z.string()).describe("header labels, top level first"),
    type: z.enum(["number", "percent", "money", "count", "date", "grade", "code", "text"]),
    unit: z.string().nullable(),
    multiplier: z.number().nullable(),
    normalizedUnit: z.string().nullable(),
    unitFrom: z.enum(["header", "note", "profile"]).nullable(),
  })),
  sections: z.array(z.array(z.string())).describe("every section path, in order"),
});

export const DocumentInfoSchema = z.object({
  title: z.string().nullable(),
  municipality: z.string().nullable(),
  published: z.string().nullable(),
  fiscalYear: z.string().nullable(),
});

const recordsFileOf = <P extends string, R extends z.ZodType>(profile: P, record: R) => z.object({
  schemaVersion: z.string(),
  profile: z.literal(profile),
  source: z.object({ file: z.string(), sha256: z.string(), pages: z.int() }),
  document: DocumentInfoSchema,
  records: z.array(record),
  warnings: z.array(z.string()),
  profileName: z.string().optional().describe("name of the --profile file the records were read with"),
});

/**
 * The records file, told apart by `profile`: a union of the two record arrays would first try every generic
 * record against the profiled schema and collect an error for each (half a second on 6,000 records).
 */
export const RecordsFileSchema = z.discriminatedUnion("profile", [
  recordsFileOf("gyosei-kaikaku", RecordSchema),
  recordsFileOf("generic", GenericRecordSchema).extend({ tables: z.array(GenericTableSchema).optional() }),
]);

export type HyoRecord = z.infer<typeof RecordSchema>;
export type GenericRecord = z.infer<typeof GenericRecordSchema>;
export type GenericTable = z.infer<typeof GenericTableSchema>;
export type CellQuantity = z.infer<typeof CellQuantitySchema>;
export type RecordsFile = z.infer<typeof RecordsFileSchema>;
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;
export type Departments = z.infer<typeof DepartmentsSchema>;

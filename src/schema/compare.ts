import { z } from "zod";
import { DocumentInfoSchema } from "./record.js";

const GradeSchema = z.enum(["A", "B", "C", "D"]).nullable().describe("取組達成度 A–D; null when missing");
/** A count: a whole number from 0 to the largest safe integer. */
const count = (what: string) => z.int().min(0).max(Number.MAX_SAFE_INTEGER).describe(what);

const EditionSchema = z.object({
  file: z.string().describe("the PDF or records.json given"),
  sha256: z.string().nullable().describe("SHA-256 of the PDF (null when unknown)"),
  document: DocumentInfoSchema,
  records: count("records in that edition"),
}).describe("one edition");

const QuantityValueSchema = z.object({
  raw: z.string().describe("the number as written (▲18.9%)"),
  value: z.number().describe("as written, sign applied"),
  unit: z.string().describe("as written, multiplier included (千円, 億円, %)"),
  normalized: z.object({ value: z.number().describe("in the base unit"), unit: z.string().describe("base unit (JPY, percent …)") }).describe("multiplier applied"),
}).describe("a quantity of one edition");

export const QuantityChangeSchema = z.object({
  field: z.string().describe("record field holding the quantity"),
  label: z.string().nullable().describe("the term both quantities measure; null when neither edition names one"),
  old: QuantityValueSchema,
  new: QuantityValueSchema,
  difference: z.object({
    value: z.number().describe("new − old in the written unit (percentage points for %), or in the normalized unit when the editions write different units"),
    unit: z.string().describe("unit of the difference (ポイント for percentages)"),
    text: z.string().describe("e.g. −5.7ポイント, +4.6億円"),
  }).describe("new − old"),
  changed: z.boolean().describe("the values differ"),
}).describe("a quantity with the same field and label in both editions");

export const EvaluationChangeSchema = z.object({
  label: z.string().describe("what the target measures"),
  oldMet: z.boolean().nullable().describe("target met in the old edition (null: unknown)"),
  newMet: z.boolean().nullable().describe("target met in the new edition (null: unknown)"),
  change: z.enum(["newly-missed", "newly-met", "same", "unknown"]).describe("how meeting the target changed"),
}).describe("a target/actual evaluation in both editions");

export const FieldChangeSchema = z.object({
  field: z.string().describe("record field"),
  old: z.string().describe("its text in the old edition"),
  new: z.string().describe("its text in the new edition"),
}).describe("a field whose text changed");

export const GradeChangeSchema = z.object({
  old: GradeSchema,
  new: GradeSchema,
  change: z.enum(["improved", "worsened", "same", "unknown"]).describe("A is best; unknown when either grade is missing"),
}).describe("the grade in both editions");

export const PairSchema = z.object({
  oldId: z.string().describe("id in the old edition"),
  newId: z.string().describe("id in the new edition"),
  oldKey: z.string().describe("stable key in the old edition"),
  newKey: z.string().describe("stable key in the new edition"),
  topic: z.string().describe("the new edition's"),
  item: z.string().describe("the new edition's"),
  match: z.enum(["key", "similarity"]).describe("paired by equal keys, or by the similarity of topic + item + departments"),
  score: z.number().describe("similarity of topic + item + departments, 0–1 (1 for equal keys)"),
  status: z.enum(["unchanged", "changed"]).describe("whether any field, grade or quantity differs"),
  moved: z.object({ from: z.string().describe("basic policy and topic in the old edition"), to: z.string().describe("basic policy and topic in the new edition") }).nullable().describe("another basic policy or topic"),
  fields: z.array(FieldChangeSchema).describe("fields whose text differs (whitespace ignored)"),
  grade: GradeChangeSchema,
  quantities: z.array(QuantityChangeSchema).describe("quantities of the same field and label in both editions"),
  evaluations: z.array(EvaluationChangeSchema).describe("evaluations with the same label in both editions"),
}).describe("a record paired across the editions");

const LoneRecordSchema = z.object({
  id: z.string().describe("its id"),
  key: z.string().describe("its stable key"),
  topic: z.string().describe("its topic"),
  item: z.string().describe("its item text"),
  grade: GradeSchema,
}).describe("a record in one edition only");

export const AmbiguousSchema = z.object({
  side: z.enum(["old", "new"]).describe("edition of the unpaired record"),
  id: z.string().describe("its id"),
  item: z.string().describe("its item text or row label"),
  candidates: z.array(z.object({ id: z.string().describe("candidate id"), item: z.string().describe("candidate text"), score: z.number().describe("similarity 0–1") }).describe("a candidate")).describe("records of the other edition scoring within the ambiguity margin of the best"),
}).describe("a record left unpaired: two candidates score too close");

const GRADES = ["A", "B", "C", "D", "none"] as const;
const MatrixRowSchema = z.object(Object.fromEntries(GRADES.map((g) => [g, count(`pairs whose new grade is ${g}`)])) as Record<(typeof GRADES)[number], ReturnType<typeof count>>)
  .describe("pairs per new grade, for one old grade");

export const CompareSummarySchema = z.object({
  paired: count("records paired"),
  pairedByKey: count("paired by equal keys"),
  pairedBySimilarity: count("paired by similarity"),
  unchanged: count("pairs with no change"),
  changed: count("pairs with a change"),
  moved: count("pairs moved to another basic policy or topic"),
  added: count("records of the new edition only"),
  removed: count("records of the old edition only"),
  ambiguous: count("records left unpaired as ambiguous"),
  gradeImproved: count("pairs whose grade improved"),
  gradeWorsened: count("pairs whose grade worsened"),
  newlyMissed: count("pairs with a target met in the old edition and missed in the new"),
  gradeMatrix: z.object(Object.fromEntries(GRADES.map((g) => [g, MatrixRowSchema])) as Record<(typeof GRADES)[number], typeof MatrixRowSchema>)
    .describe("gradeMatrix[old][new]: pairs per grade transition (none = no grade)"),
}).describe("counts");

/** compare.json of two editions of a gyosei-kaikaku report, record by record. */
export const gyoseiCompareSchema = z.object({
  schemaVersion: z.string().describe("version of the compare.json contract"),
  profile: z.literal("gyosei-kaikaku").describe("profile of both editions' records"),
  old: EditionSchema,
  new: EditionSchema,
  summary: CompareSummarySchema,
  pairs: z.array(PairSchema).describe("records paired across the editions"),
  added: z.array(LoneRecordSchema).describe("records of the new edition only"),
  removed: z.array(LoneRecordSchema).describe("records of the old edition only"),
  ambiguous: z.array(AmbiguousSchema).describe("records left unpaired because two candidates score too close: for a person to decide"),
}).describe("two editions of a gyosei-kaikaku report compared record by record");

export const ValueChangeSchema = z.object({
  column: z.string().describe("header label (e.g. 令和2年度)"),
  old: z.string().nullable().describe("null when the old edition has no such column"),
  new: z.string().nullable().describe("null when the new edition has no such column"),
  quantity: QuantityChangeSchema.nullable().describe("when both cells hold one number"),
  changed: z.boolean().describe("both editions have the column and its text differs (whitespace ignored)"),
}).describe("one column of a paired row");

export const RowPairSchema = z.object({
  oldId: z.string().describe("row id in the old edition"),
  newId: z.string().describe("row id in the new edition"),
  oldLabel: z.string().describe("the row's key columns (row headers) in the old edition"),
  newLabel: z.string().describe("the row's key columns in the new edition"),
  match: z.enum(["key", "similarity"]).describe("paired by equal labels or by similarity"),
  score: z.number().describe("similarity 0–1 (1 for equal labels)"),
  changed: z.boolean().describe("any value differs"),
  values: z.array(ValueChangeSchema).describe("every column of either edition"),
}).describe("a row paired across the editions");

const LoneRowSchema = z.object({ id: z.string().describe("row id"), label: z.string().describe("its key columns") }).describe("a row of one edition only");

/** compare.json of two editions of a generic table (e.g. 財政指標 × 年度): rows paired by their key columns. */
export const genericCompareSchema = z.object({
  schemaVersion: z.string().describe("version of the compare.json contract"),
  profile: z.literal("generic").describe("profile of both editions' records"),
  old: EditionSchema,
  new: EditionSchema,
  keyColumns: z.object({ old: z.array(z.string()).describe("in the old edition"), new: z.array(z.string()).describe("in the new edition") })
    .describe("columns that name a row (mostly text, not numbers)"),
  columns: z.object({
    common: z.array(z.string()).describe("in both editions"),
    onlyOld: z.array(z.string()).describe("in the old edition only"),
    onlyNew: z.array(z.string()).describe("in the new edition only"),
  }).describe("the tables' columns"),
  summary: z.object({
    paired: count("rows paired"), pairedByKey: count("paired by equal labels"), pairedBySimilarity: count("paired by similarity"),
    changed: count("paired rows with a changed value"), added: count("rows of the new edition only"), removed: count("rows of the old edition only"),
    ambiguous: count("rows left unpaired as ambiguous"), changedValues: count("values that changed"),
  }).describe("counts"),
  rows: z.array(RowPairSchema).describe("rows paired across the editions"),
  added: z.array(LoneRowSchema).describe("rows of the new edition only"),
  removed: z.array(LoneRowSchema).describe("rows of the old edition only"),
  ambiguous: z.array(AmbiguousSchema).describe("rows left unpaired: two candidates score too close"),
}).describe("two editions of a generic table compared row by row");

/** compare.json, told apart by `profile`. */
export const compareSchema = z.discriminatedUnion("profile", [gyoseiCompareSchema, genericCompareSchema]).describe("compare.json of two editions");

export type CompareFile = z.infer<typeof gyoseiCompareSchema>;
export type GenericCompareFile = z.infer<typeof genericCompareSchema>;
export type CompareOutput = z.infer<typeof compareSchema>;
export type RowPair = z.infer<typeof RowPairSchema>;
export type ComparePair = z.infer<typeof PairSchema>;
export type QuantityChange = z.infer<typeof QuantityChangeSchema>;
export type GradeChange = z.infer<typeof GradeChangeSchema>;
export type AmbiguousRecord = z.infer<typeof AmbiguousSchema>;

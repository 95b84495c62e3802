import { z } from "zod";
import { DocumentInfoSchema } from "./record.js";

const GradeSchema = z.enum(["A", "B", "C", "D"]).nullable();

const EditionSchema = z.object({
  file: z.string(),
  sha256: z.string().nullable(),
  document: DocumentInfoSchema,
  records: z.int(),
});

const QuantityValueSchema = z.object({
  raw: z.string(),
  value: z.number().describe("as written, sign applied"),
  unit: z.string().describe("as written, multiplier included (千円, 億円, %)"),
  normalized: z.object({ value: z.number(), unit: z.string() }),
});

export const QuantityChangeSchema = z.object({
  field: z.string(),
  label: z.string().nullable().describe("the term both quantities measure; null when neither edition names one"),
  old: QuantityValueSchema,
  new: QuantityValueSchema,
  difference: z.object({
    value: z.number().describe("new − old in the written unit (percentage points for %), or in the normalized unit when the editions write different units"),
    unit: z.string(),
    text: z.string().describe("e.g. −5.7ポイント, +4.6億円"),
  }),
  changed: z.boolean(),
});

export const EvaluationChangeSchema = z.object({
  label: z.string(),
  oldMet: z.boolean().nullable(),
  newMet: z.boolean().nullable(),
  change: z.enum(["newly-missed", "newly-met", "same", "unknown"]),
});

export const FieldChangeSchema = z.object({ field: z.string(), old: z.string(), new: z.string() });

export const GradeChangeSchema = z.object({
  old: GradeSchema,
  new: GradeSchema,
  change: z.enum(["improved", "worsened", "same", "unknown"]).describe("A is best; unknown when either grade is missing"),
});

export const PairSchema = z.object({
  oldId: z.string(),
  newId: z.string(),
  oldKey: z.string(),
  newKey: z.string(),
  topic: z.string().describe("the new edition's"),
  item: z.string().describe("the new edition's"),
  match: z.enum(["key", "similarity"]).describe("paired by equal keys, or by the similarity of topic + item + departments"),
  score: z.number().describe("similarity of topic + item + departments, 0–1 (1 for equal keys)"),
  status: z.enum(["unchanged", "changed"]),
  moved: z.object({ from: z.string(), to: z.string() }).nullable().describe("another basic policy or topic"),
  fields: z.array(FieldChangeSchema).describe("fields whose text differs (whitespace ignored)"),
  grade: GradeChangeSchema,
  quantities: z.array(QuantityChangeSchema).describe("quantities of the same field and label in both editions"),
  evaluations: z.array(EvaluationChangeSchema),
});

const LoneRecordSchema = z.object({
  id: z.string(),
  key: z.string(),
  topic: z.string(),
  item: z.string(),
  grade: GradeSchema,
});

export const AmbiguousSchema = z.object({
  side: z.enum(["old", "new"]),
  id: z.string(),
  item: z.string(),
  candidates: z.array(z.object({ id: z.string(), item: z.string(), score: z.number() })).describe("records of the other edition scoring within the ambiguity margin of the best"),
});

const GRADES = ["A", "B", "C", "D", "none"] as const;
const MatrixRowSchema = z.object(Object.fromEntries(GRADES.map((g) => [g, z.int()])) as Record<(typeof GRADES)[number], z.ZodInt>);

export const CompareSummarySchema = z.object({
  paired: z.int(),
  pairedByKey: z.int(),
  pairedBySimilarity: z.int(),
  unchanged: z.int(),
  changed: z.int(),
  moved: z.int(),
  added: z.int(),
  removed: z.int(),
  ambiguous: z.int(),
  gradeImproved: z.int(),
  gradeWorsened: z.int(),
  newlyMissed: z.int().describe("pairs with a target met in the old edition and missed in the new"),
  gradeMatrix: z.object(Object.fromEntries(GRADES.map((g) => [g, MatrixRowSchema])) as Record<(typeof GRADES)[number], typeof MatrixRowSchema>)
    .describe("gradeMatrix[old][new]: pairs per grade transition (none = no grade)"),
});

/** compare.json of two editions of a gyosei-kaikaku report, record by record. */
export const gyoseiCompareSchema = z.object({
  schemaVersion: z.string(),
  profile: z.literal("gyosei-kaikaku"),
  old: EditionSchema,
  new: EditionSchema,
  summary: CompareSummarySchema,
  pairs: z.array(PairSchema),
  added: z.array(LoneRecordSchema),
  removed: z.array(LoneRecordSchema),
  ambiguous: z.array(AmbiguousSchema).describe("records left unpaired because two candidates score too close: for a person to decide"),
});

export const ValueChangeSchema = z.object({
  column: z.string().describe("header label (e.g. 令和2年度)"),
  old: z.string().nullable().describe("null when the old edition has no such column"),
  new: z.string().nullable().describe("null when the new edition has no such column"),
  quantity: QuantityChangeSchema.nullable().describe("when both cells hold one number"),
  changed: z.boolean().describe("both editions have the column and its text differs (whitespace ignored)"),
});

export const RowPairSchema = z.object({
  oldId: z.string(),
  newId: z.string(),
  oldLabel: z.string().describe("the row's key columns (row headers) in the old edition"),
  newLabel: z.string(),
  match: z.enum(["key", "similarity"]),
  score: z.number(),
  changed: z.boolean(),
  values: z.array(ValueChangeSchema),
});

const LoneRowSchema = z.object({ id: z.string(), label: z.string() });

/** compare.json of two editions of a generic table (e.g. 財政指標 × 年度): rows paired by their key columns. */
export const genericCompareSchema = z.object({
  schemaVersion: z.string(),
  profile: z.literal("generic"),
  old: EditionSchema,
  new: EditionSchema,
  keyColumns: z.object({ old: z.array(z.string()), new: z.array(z.string()) }).describe("columns that name a row (mostly text, not numbers)"),
  columns: z.object({ common: z.array(z.string()), onlyOld: z.array(z.string()), onlyNew: z.array(z.string()) }),
  summary: z.object({
    paired: z.int(), pairedByKey: z.int(), pairedBySimilarity: z.int(), changed: z.int(),
    added: z.int(), removed: z.int(), ambiguous: z.int(), changedValues: z.int(),
  }),
  rows: z.array(RowPairSchema),
  added: z.array(LoneRowSchema),
  removed: z.array(LoneRowSchema),
  ambiguous: z.array(AmbiguousSchema),
});

/** compare.json, told apart by `profile`. */
export const compareSchema = z.discriminatedUnion("profile", [gyoseiCompareSchema, genericCompareSchema]);

export type CompareFile = z.infer<typeof gyoseiCompareSchema>;
export type GenericCompareFile = z.infer<typeof genericCompareSchema>;
export type CompareOutput = z.infer<typeof compareSchema>;
export type RowPair = z.infer<typeof RowPairSchema>;
export type ComparePair = z.infer<typeof PairSchema>;
export type QuantityChange = z.infer<typeof QuantityChangeSchema>;
export type GradeChange = z.infer<typeof GradeChangeSchema>;
export type AmbiguousRecord = z.infer<typeof AmbiguousSchema>;

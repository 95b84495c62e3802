import { z } from "zod";
import { QuantitySchema } from "./record.js";

const SAFE_INDEX = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/** One quantity of one record field, flat: a row of quantities.csv and an element of convert().quantities. */
export const QuantityRowSchema = z.object({
  id: z.string().describe("the record's id (records.json records[].id)"),
  field: z.string().describe("the record field the quantity was read from, e.g. target, done"),
  label: z.string().nullable().describe("the term the number measures, e.g. 実質公債費比率; null when none precedes it"),
  raw: z.string().describe("the quantity exactly as written in the field text"),
  spanStart: SAFE_INDEX.describe("offset of its first character in the field text, in UTF-16 code units (JavaScript string index), 0-based"),
  spanEnd: SAFE_INDEX.describe("offset just after its last character, in UTF-16 code units (end exclusive)"),
  value: z.number().describe("value as written, sign applied, multiplier not applied"),
  unit: z.string().describe("unit as written, without the multiplier (円, %, 人 …)"),
  multiplier: z.number().describe("multiplier written before the unit (千 → 1000, 億 → 100000000), 1 when none"),
  normalizedValue: z.number().describe("value × multiplier in the base unit"),
  normalizedUnit: z.string().describe("base unit: JPY, percent, count, … "),
  comparator: QuantitySchema.shape.comparator.describe("≥ ≤ < > ≈ from words such as 以上/以下/未満/超/約; null when none"),
  negative: z.boolean().describe("written with ▲, △ or a minus sign"),
});

/** convert().quantities: every quantity of every record (the JSON form of quantities.csv). */
export const QuantityRowsSchema = z.array(QuantityRowSchema);

export type QuantityRow = z.infer<typeof QuantityRowSchema>;

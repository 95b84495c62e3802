import { z } from "zod";
import { ProfileFileSchema } from "../profile/profile-file.js";
import { CorrectionsSchema } from "../report/corrections.js";
import { compareSchema } from "./compare.js";
import { QuantityRowsSchema } from "./quantity-row.js";
import { RecordsFileSchema, SCHEMA_VERSION } from "./record.js";
import { TablesFileSchema } from "./tables.js";

/**
 * The JSON Schemas (draft 2020-12) `hyo schema <name>` prints, generated from the zod schemas that validate the
 * outputs: each one's top level is that file's shape, so a validator given it checks a whole file. The version is
 * in `$id` and `title` (a keyword of our own would fail validators in strict mode, ajv's default).
 */
const SCHEMAS = {
  records: { schema: RecordsFileSchema, title: "hyo records.json", description: "the records of one PDF, one per table item (gyosei-kaikaku) or row (generic)" },
  tables: { schema: TablesFileSchema, title: "hyo tables.json", description: "every table of one PDF with its cells and the per-page reading quality" },
  quantities: { schema: QuantityRowsSchema, title: "hyo quantities", description: "every quantity of every record field, one object per row of quantities.csv (convert().quantities)" },
  corrections: { schema: CorrectionsSchema, title: "hyo corrections.json", description: "a reviewer's corrections exported from review.html, read by --corrections" },
  compare: { schema: compareSchema, title: "hyo compare.json", description: "two editions of a report compared (hyo compare OLD NEW): pairs, changes, added and removed records" },
  profile: { schema: ProfileFileSchema, title: "hyo profile file", description: "a layout of your own, read by --profile FILE.json: header patterns → field names, types and units; section and total rules; id scheme" },
} satisfies Record<string, { schema: z.ZodType; title: string; description: string }>;

export type SchemaName = keyof typeof SCHEMAS;
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];

export function isSchemaName(name: string): name is SchemaName {
  return Object.hasOwn(SCHEMAS, name);
}

/** The JSON Schema of one output, with `$id` urn:hyo:schema:<name>:<version>. */
export function jsonSchemaOf(name: SchemaName): Record<string, unknown> {
  const { schema, title, description } = SCHEMAS[name];
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12" }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema: $schema ?? "https://json-schema.org/draft/2020-12/schema",
    $id: `urn:hyo:schema:${name}:${SCHEMA_VERSION}`,
    title: `${title} ${SCHEMA_VERSION}`, description,
    $comment: `schema version ${SCHEMA_VERSION}; the files carry it as schemaVersion`,
    ...rest,
  };
}

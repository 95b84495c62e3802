import { z } from "zod";
import { RecordsFileSchema } from "./record.js";
import { TablesFileSchema } from "./tables.js";

/** The JSON Schema (draft 2020-12) of hyo's outputs, generated from the zod schemas. */
export function outputJsonSchema(): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "hyo output",
    $defs: {
      records: z.toJSONSchema(RecordsFileSchema),
      tables: z.toJSONSchema(TablesFileSchema),
    },
  };
}

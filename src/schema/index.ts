export * from "./record.js";
export * from "./tables.js";
export * from "./quantity-row.js";
export { WarningSchema } from "./warning.js";
export { jsonSchemaOf, isSchemaName, SCHEMA_NAMES, type SchemaName } from "./registry.js";

export * from "./record.js";
export * from "./tables.js";
export { outputJsonSchema } from "./json-schema.js";

import { InputError } from "../errors.js";
import { isSchemaName, jsonSchemaOf, SCHEMA_NAMES } from "./registry.js";

/** `hyo schema` → the names, one a line; `hyo schema <name>` → that JSON Schema; anything else is bad input. */
export function schemaCommand(args: readonly string[]): string {
  if (args.length === 0) return SCHEMA_NAMES.join("\n") + "\n";
  const [name, ...extra] = args;
  if (extra.length > 0) throw new InputError(`schema takes one name (${SCHEMA_NAMES.join(", ")})`, "bad-option");
  if (!isSchemaName(name!)) throw new InputError(`unknown schema "${name}": the schemas are ${SCHEMA_NAMES.join(", ")}`, "bad-option");
  return JSON.stringify(jsonSchemaOf(name), null, 2) + "\n";
}

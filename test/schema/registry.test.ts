import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { SCHEMA_NAMES } from "../../src/schema/registry.js";
import { schemaCommand } from "../../src/schema/schema-command.js";
import { WARNING_CODES } from "../../src/warnings/warnings.js";

/** Each schema exactly as `hyo schema <name>` prints it; ajv in strict mode (union types are standard 2020-12). */
const printed = (name: string) => JSON.parse(schemaCommand([name])) as Record<string, unknown>;
const compile = (name: string) => new Ajv2020({ strict: true, allowUnionTypes: true }).compile(printed(name));

/** Every property of every object schema below `node`, with its path. */
function properties(node: unknown, at = "$"): [string, Record<string, unknown>][] {
  if (node === null || typeof node !== "object") return [];
  const out: [string, Record<string, unknown>][] = [];
  const props = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
  for (const [k, v] of Object.entries(props ?? {})) out.push([`${at}.${k}`, v]);
  for (const [k, v] of Object.entries(node)) out.push(...properties(v, `${at}/${k}`));
  return out;
}

/** Every integer schema below `node`. */
const integers = (node: unknown): Record<string, unknown>[] =>
  node === null || typeof node !== "object" ? [] :
    [...((node as { type?: string }).type === "integer" ? [node as Record<string, unknown>] : []), ...Object.values(node).flatMap(integers)];

describe("hyo schema", () => {
  it("lists the names when given none and refuses an unknown name or a second one", () => {
    expect(schemaCommand([])).toBe("records\ntables\nquantities\ncorrections\ncompare\nprofile\n");
    expect(() => schemaCommand(["nope"])).toThrow(InputError);
    expect(() => schemaCommand(["records", "tables"])).toThrow(InputError);
  });

  it.each(SCHEMA_NAMES)("%s: draft 2020-12 with a versioned $id, compiled by ajv in strict mode", (name) => {
    const schema = printed(name);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`urn:hyo:schema:${name}:1.0.0`);
    expect(() => compile(name)).not.toThrow();
  });

  it.each(SCHEMA_NAMES)("%s: every field has a description, every integer a lower and an upper bound", (name) => {
    const schema = printed(name);
    const undescribed = properties(schema).filter(([, p]) => typeof p.description !== "string" && !("$ref" in p)).map(([at]) => at);
    expect(undescribed).toEqual([]);
    const ints = integers(schema);
    // corrections.json and a profile file hold no integers; every other file has counts or positions.
    if (name !== "corrections" && name !== "profile") expect(ints.length).toBeGreaterThan(0);
    for (const i of ints) {
      expect(i.minimum).toBeGreaterThanOrEqual(0);
      expect(i.maximum).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    }
  });

  it("says what bbox and span mean", () => {
    const text = JSON.stringify(printed("records"));
    expect(text).toContain("PDF points (1/72 inch), origin at the top-left corner of the page");
    expect(text).toContain("UTF-16 code-unit offsets");
  });

  it("documents every warning code in the records schema", () => {
    const text = JSON.stringify(printed("records"));
    for (const code of Object.keys(WARNING_CODES)) expect(text).toContain(`"${code}"`);
  });

  it("fails wrong documents", () => {
    const records = compile("records");
    expect(records({ hello: "world" })).toBe(false);
    expect(compile("tables")({ hello: "world" })).toBe(false);
    expect(compile("quantities")([{ hello: "world" }])).toBe(false);
    expect(compile("corrections")([{ recordId: 1 }])).toBe(false);
    const profile = compile("profile");
    const builtIn = JSON.parse(readFileSync("src/profile/data/gyosei-kaikaku.json", "utf8")) as Record<string, unknown>;
    expect(profile(builtIn), JSON.stringify(profile.errors)).toBe(true);
    expect(profile({ ...builtIn, kind: "list" })).toBe(false);
    expect(profile({ ...builtIn, colour: "red" })).toBe(false);
    const file = {
      schemaVersion: "1.0.0", profile: "generic", source: { file: "a.pdf", sha256: "0".repeat(64), pages: 1 },
      document: { title: null, municipality: null, published: null, fiscalYear: null }, records: [], warnings: [],
    };
    expect(records(file), JSON.stringify(records.errors)).toBe(true);
    expect(records({ ...file, source: { ...file.source, pages: -9007199254740991 } })).toBe(false);
    expect(records({ ...file, warnings: ["page 3: the text layer was used as is"] })).toBe(false);
    const warning = { code: "ocr/page-failed", severity: "warn", page: 3, message: "m", messageJa: "m" };
    expect(records({ ...file, warnings: [warning] })).toBe(true);
    expect(records({ ...file, warnings: [{ ...warning, code: "ocr/made-up" }] })).toBe(false);
    expect(records({ ...file, warnings: [{ ...warning, page: 0 }] })).toBe(false);
  });
});

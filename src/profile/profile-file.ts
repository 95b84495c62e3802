import { z } from "zod";
import { InputError } from "../errors.js";
import { TEXT_FIELDS } from "./profiled.js";
import type { Profile } from "./types.js";

/** Fields of the sectioned (行政改革 results) record: a sectioned profile maps header labels to these only. */
export const SECTIONED_FIELDS = ["basicPolicy", "direction", "topic", "no", "grade", ...TEXT_FIELDS] as const;
const COLUMN_TYPES = ["number", "percent", "money", "count", "date", "grade", "code", "text"] as const;

/** A regular expression written as a string (JSON has no regex literal), checked to compile. */
const Pattern = z.string().min(1).describe("regular expression (JavaScript syntax) matched against the header label / row text");
const Flags = z.string().regex(/^[imsu]*$/u, "flags may only be i, m, s, u").optional().describe("regex flags: i (ignore case), s, m, u");

const FieldRuleSchema = z.object({
  field: z.string().min(1).describe("the record field (key) this column becomes"),
  pattern: Pattern.describe("matched against the column's header path (levels joined with ' / ' for a table profile, joined with nothing and NFKC for a sectioned one)"),
  flags: Flags,
  words: z.array(z.string().min(1)).optional().describe("usual header words, matched with OCR misreads tolerated when no pattern found the field"),
  type: z.enum(COLUMN_TYPES).optional().describe("table profiles: the column's type, instead of inferring it"),
  unit: z.string().optional().describe("table profiles: the column's unit with its scale (千円, 百万円, %, 人), instead of the header's"),
}).strict().describe("how a column is recognised and what it becomes");

const SectionRuleSchema = z.object({
  kind: z.enum(["basicPolicy", "direction"]).optional().describe("sectioned profiles: which record field a matching section row sets"),
  pattern: Pattern.describe("matched against a section row's text; sectioned profiles need the named group `text` (and `no` for a numbered section)"),
  flags: Flags,
}).strict().describe("a kind of section row");

/** A profile file (`--profile path/to/profile.json`). Field names are a contract: see README, "Profiles as data". */
export const ProfileFileSchema = z.object({
  $schema: z.string().optional().describe("the JSON Schema the file follows (ignored), for editors"),
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u, "lower-case letters, digits and '-'").describe("profile name, recorded in records.json"),
  kind: z.enum(["sectioned", "table"]).describe("sectioned: 行政改革-style records (the gyosei-kaikaku contract); table: one record per row, keyed by the profile's field names"),
  description: z.string().optional().describe("what the profile is for, in words (ignored)"),
  fields: z.array(FieldRuleSchema).min(1).describe("tried in order for each column; the first rule whose field is still free wins"),
  requiredFields: z.array(z.string()).min(1).describe("the profile applies to a table when these fields are all found among its header labels"),
  sections: z.array(SectionRuleSchema).optional().describe("section rows; a table profile also keeps the built-in ones (a label alone in its row)"),
  topicField: z.string().optional().describe("sectioned profiles: the field whose (merged) cell names the topic in the record id"),
  totalLabels: z.array(z.string().min(1)).optional().describe("table profiles: labels of total rows besides 合計, 総計, 小計, 計, Total"),
  id: z.string().optional().describe("table profiles: record id template, fields in braces, e.g. \"{番号}\"; default <table>-r<row>"),
}).strict().superRefine((p, ctx) => {
  const names = new Set(p.fields.map((f) => f.field));
  p.requiredFields.forEach((f, i) => { if (!names.has(f)) ctx.addIssue({ code: "custom", path: ["requiredFields", i], message: `"${f}" is not one of the fields` }); });
  const check = (pattern: string, flags: string | undefined, path: (string | number)[]) => {
    try { new RegExp(pattern, flags); } catch (e) { ctx.addIssue({ code: "custom", path, message: `not a regular expression: ${(e as Error).message}` }); }
  };
  p.fields.forEach((f, i) => check(f.pattern, f.flags, ["fields", i, "pattern"]));
  p.sections?.forEach((s, i) => check(s.pattern, s.flags, ["sections", i, "pattern"]));
  if (p.kind === "sectioned") {
    p.fields.forEach((f, i) => { if (!(SECTIONED_FIELDS as readonly string[]).includes(f.field)) ctx.addIssue({ code: "custom", path: ["fields", i, "field"], message: `a sectioned profile's fields are ${SECTIONED_FIELDS.join(", ")}` }); });
    if (!p.topicField) ctx.addIssue({ code: "custom", path: ["topicField"], message: "a sectioned profile needs topicField" });
    p.sections?.forEach((s, i) => { if (!s.kind) ctx.addIssue({ code: "custom", path: ["sections", i, "kind"], message: "a sectioned profile's section rules need kind (basicPolicy or direction)" }); });
  }
}).describe("a layout hyo reads: header patterns → field names and types, section and total rules, id scheme");
export type ProfileFile = z.infer<typeof ProfileFileSchema>;

/** A profile file's content validated, or an InputError with one line per bad key (path: problem). */
export function parseProfileFile(json: unknown, source = "profile"): ProfileFile {
  const r = ProfileFileSchema.safeParse(json);
  if (r.success) return r.data;
  const problems = r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  throw new InputError(`${source} is not a valid profile: ${problems.join("; ")}`, "bad-option");
}

/** A sectioned profile file → the profile the record stage runs (patterns compiled). */
export function sectionedProfile(p: ProfileFile): Profile {
  if (p.kind !== "sectioned") throw new InputError(`profile ${p.name} is a table profile, not a sectioned one`, "bad-option");
  return {
    name: p.name,
    fields: p.fields.map((f) => ({ field: f.field, pattern: new RegExp(f.pattern, f.flags ?? ""), ...(f.words ? { words: f.words } : {}) })),
    sections: (p.sections ?? []).map((s) => ({ kind: s.kind!, pattern: new RegExp(s.pattern, s.flags ?? "") })),
    requiredFields: p.requiredFields,
    topicField: p.topicField!,
  };
}

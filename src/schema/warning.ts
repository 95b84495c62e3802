import { z } from "zod";
import { WARNING_CODES, WARNING_SEVERITIES, type WarningCode } from "../warnings/warnings.js";

const codes = Object.keys(WARNING_CODES) as [WarningCode, ...WarningCode[]];

export const WarningSchema = z.object({
  code: z.enum(codes).describe(`<stage>/<rule>: ${Object.entries(WARNING_CODES).map(([c, d]) => `${c} = ${d}`).join("; ")}`),
  severity: z.enum(WARNING_SEVERITIES).describe("error: data is missing or wrong; warn: data may be incomplete or unreliable; info: a choice made for the user"),
  page: z.int().min(1).max(Number.MAX_SAFE_INTEGER).optional().describe("1-based page number the warning is about"),
  table: z.string().optional().describe("id of the table in tables.json the warning is about"),
  message: z.string().describe("what happened, in English"),
  messageJa: z.string().describe("what happened, in Japanese"),
}).describe("a warning about the document as a whole");

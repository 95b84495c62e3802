import { z } from "zod";
import { CorrectionsSchema } from "../report/corrections.js";

export const ConvertOptionsSchema = z.object({
  fileName: z.string().default("input.pdf").describe("name recorded as the source file"),
  ocr: z.enum(["auto", "force", "off"]).default("auto").describe("OCR the pages without a usable text layer (auto), all pages, or none"),
  profile: z.enum(["auto", "gyosei-kaikaku", "generic"]).default("auto"),
  password: z.string().optional().describe("password of an encrypted PDF"),
  corrections: CorrectionsSchema.optional().describe("a reviewer's corrections (corrections.json from review.html), applied to the records"),
});
export type ConvertOptions = z.input<typeof ConvertOptionsSchema>;
export type ResolvedConvertOptions = z.output<typeof ConvertOptionsSchema>;

/** Progress events for long runs; the CLI prints them on stderr. */
export type ProgressEvent =
  | { kind: "page"; pageNo: number; pageCount: number; tables: number; verdict: string }
  | { kind: "stage"; stage: string };

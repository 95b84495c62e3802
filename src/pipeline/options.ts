import { availableParallelism } from "node:os";
import { z } from "zod";
import { ProfileFileSchema } from "../profile/profile-file.js";
import { CorrectionSetSchema, LegacyCorrectionsSchema, toCorrectionSet } from "../report/corrections.js";

export const ConvertOptionsSchema = z.object({
  fileName: z.string().default("input.pdf").describe("name recorded as the source file"),
  ocr: z.enum(["auto", "force", "off"]).default("auto").describe("OCR the pages without a usable text layer (auto), all pages, or none"),
  ocrWorkers: z.int().min(1).max(16).default(Math.min(4, availableParallelism())).describe("tesseract workers for OCR (default: the cores, at most 4)"),
  ocrPageTimeoutSeconds: z.number().positive().default(300).describe("a page whose OCR takes longer is left as its text layer gave it, with a warning"),
  profile: z.enum(["auto", "gyosei-kaikaku", "generic"]).default("auto"),
  customProfile: ProfileFileSchema.optional().describe("a profile file's content (--profile path.json): used instead of the built-in profiles"),
  password: z.string().optional().describe("password of an encrypted PDF"),
  corrections: z.union([CorrectionSetSchema, LegacyCorrectionsSchema.transform(toCorrectionSet)]).optional()
    .describe("a reviewer's corrections and 確認済み marks, applied to the records: corrections.json from review.html (its document is not checked here: see assignCorrections), or the old plain array"),
  budgets: z.record(z.string(), z.number()).optional().describe("per-file budgets by name (pipeline/budgets.ts), e.g. { \"image-mp\": 100 }; the rest keep their defaults"),
});
export type ConvertOptions = z.input<typeof ConvertOptionsSchema>;
export type ResolvedConvertOptions = z.output<typeof ConvertOptionsSchema>;

/** Progress events for long runs; the CLI prints them on stderr. */
export type ProgressEvent =
  | { kind: "page"; pageNo: number; pageCount: number; tables: number; verdict: string; ocr?: { skewDeg: number; seconds: number } }
  | { kind: "stage"; stage: string };

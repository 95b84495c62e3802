import { repairBullets } from "./bullets.js";
import { repairHomoglyphs } from "./homoglyphs.js";
import { chainRepairs, type RepairResult } from "./repair-result.js";
import { repairSpaces } from "./spaces.js";
import { repairUnicode } from "./unicode-repair.js";

/** The synchronous repair steps, in the fixed order repairText applies them. */
export const REPAIR_STEPS = {
  unicode: repairUnicode,
  homoglyphs: repairHomoglyphs,
  bullets: repairBullets,
  spaces: repairSpaces,
} as const;

/** The name of one step of repairText. */
export type RepairStep = keyof typeof REPAIR_STEPS;

/** Options for repairText. */
export interface RepairTextOptions {
  /** Steps to leave out (all run by default). */
  readonly skip?: readonly RepairStep[];
}

/**
 * Repairs one cell's text: unicode → homoglyphs → bullets → spaces (unicode first, so that
 * full-width letters, spaces and dots are ASCII/・ before the later steps look at them).
 * Returns the repaired text and every change made. The OCR confusion repair is separate
 * (repairOcrConfusions), since it needs the tokenizer.
 */
export function repairText(text: string, options: RepairTextOptions = {}): RepairResult {
  const skip = new Set(options.skip);
  const steps = (Object.keys(REPAIR_STEPS) as RepairStep[]).filter((step) => !skip.has(step));
  return chainRepairs(text, steps.map((step) => REPAIR_STEPS[step]));
}

import { isJapanese } from "./char-classes.js";
import { chainRepairs, replaceMatches, type RepairResult } from "./repair-result.js";
import { TEXT_RULES } from "./rules.js";

/** The katakana middle dot, which Japanese lists use as their bullet. */
export const JAPANESE_BULLET = "・";

/**
 * Characters a PDF or OCR gives for ・: · U+00B7 MIDDLE DOT, ‧ U+2027 HYPHENATION POINT,
 * • U+2022 BULLET, ∙ U+2219 BULLET OPERATOR, ⋅ U+22C5 DOT OPERATOR, ･ U+FF65 half-width ・.
 * • is included because Japanese fonts draw ・ that size and the truth data has no •;
 * ● (U+25CF) is a different mark (the truth uses it before department names) and is kept.
 */
const BULLET_LOOKALIKES = "\u00B7\u2027\u2022\u2219\u22C5\uFF65";

/** A look-alike at a line start, after optional spaces (kept as they are). */
const LINE_START_BULLET = new RegExp(`^([ \\t\\u3000\\u00A0]*)[${BULLET_LOOKALIKES}]`, "gmu");
/** A look-alike with a character on each side, to be checked for Japanese. */
const INNER_DOT = new RegExp(`(.)[${BULLET_LOOKALIKES}](?=(.))`, "gu");

/** Bullet look-alikes at a line start → ・ ("· 財政課" → "・ 財政課"). */
export function repairLineStartBullets(text: string): RepairResult {
  return replaceMatches(text, LINE_START_BULLET, TEXT_RULES.bullet, ([, indent = ""]) => indent + JAPANESE_BULLET);
}

/** A leader of two or more look-alikes with a character on each side (期首····4月下旬). */
const DOT_LEADER = new RegExp(`(.)([${BULLET_LOOKALIKES}]{2,})(?=(.))`, "gu");

/** Middle-dot look-alikes between two Japanese characters → ・ (使用料·賃借料 → 使用料・賃借料). */
export function repairInnerMiddleDots(text: string): RepairResult {
  return replaceMatches(text, INNER_DOT, TEXT_RULES.middleDot, ([, before, after]) =>
    isJapanese(before) && isJapanese(after) ? `${before}${JAPANESE_BULLET}` : undefined,
  );
}

/** A leader of look-alikes in Japanese text → ・・・・ (期首····4月下旬, 期中(管理)····10月上旬). */
export function repairDotLeaders(text: string): RepairResult {
  if (![...text].some(isJapanese)) return { text, repairs: [] };
  return replaceMatches(text, DOT_LEADER, TEXT_RULES.middleDot, ([, before, dots = ""]) => `${before}${JAPANESE_BULLET.repeat([...dots].length)}`);
}

/** Bullet look-alikes at line starts and middle dots between Japanese characters → ・. */
export function repairBullets(text: string): RepairResult {
  return chainRepairs(text, [repairLineStartBullets, repairDotLeaders, repairInnerMiddleDots]);
}

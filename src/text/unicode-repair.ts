import { COMPATIBILITY_IDEOGRAPH_PATTERN, KANGXI_RADICAL_PATTERN, compatibilityToUnified, kangxiToUnified } from "./kangxi-map.js";
import { RADICAL_SUPPLEMENT_PATTERN, RADICAL_SUPPLEMENT_TO_UNIFIED } from "./radical-supplement-map.js";
import { chainRepairs, replaceMatches, type RepairResult } from "./repair-result.js";
import { TEXT_RULES } from "./rules.js";
import { composeKanaMarks, foldFullwidthAscii, foldHalfwidthKatakana } from "./width-fold.js";

/**
 * C0/C1 controls other than tab and line feed, and bidirectional embeddings/overrides/isolates: a table cell
 * never means them. PDFs yield NUL for glyphs without a code; a crafted file uses U+202E to make a cell read
 * backwards in a report or a terminal.
 */
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]+/gu;

const KANA_WITH_COMBINING_MARK = /[\u3041-\u30FF][\u3099\u309A]/gu;

/** Controls and bidi overrides → removed. */
export function removeControlChars(text: string): RepairResult {
  return replaceMatches(text, CONTROL_OR_BIDI, TEXT_RULES.controlChar, () => "");
}

/** Kangxi radicals → unified ideographs (⽇⽉ → 日月). */
export function repairKangxiRadicals(text: string): RepairResult {
  return replaceMatches(text, KANGXI_RADICAL_PATTERN, TEXT_RULES.kangxi, ([ch]) => kangxiToUnified(ch));
}

/** CJK compatibility ideographs with a canonical equivalent → unified ideographs. */
export function repairCompatibilityIdeographs(text: string): RepairResult {
  return replaceMatches(text, COMPATIBILITY_IDEOGRAPH_PATTERN, TEXT_RULES.cjkCompatibility, ([ch]) =>
    compatibilityToUnified(ch),
  );
}

/** CJK Radicals Supplement characters → unified ideographs (⻑ → 長, ⻄ → 西). */
export function repairRadicalSupplement(text: string): RepairResult {
  return replaceMatches(text, RADICAL_SUPPLEMENT_PATTERN, TEXT_RULES.radicalSupplement, ([ch]) =>
    RADICAL_SUPPLEMENT_TO_UNIFIED.get(ch),
  );
}

/** Kana + combining voiced mark → precomposed kana (か\u3099 → が). */
export function repairCombiningKana(text: string): RepairResult {
  return replaceMatches(text, KANA_WITH_COMBINING_MARK, TEXT_RULES.combiningKana, ([pair]) => composeKanaMarks(pair));
}

/**
 * Code-point repairs for text extracted from PDFs: controls dropped; Kangxi radicals, compatibility ideographs
 * and radical-supplement look-alikes → unified ideographs; full-width ASCII → ASCII (but see
 * FULLWIDTH_KEPT); half-width katakana → full-width; decomposed voiced kana → precomposed.
 * Never NFKC over the whole text: ①②③ ※ 〜 ～ ㈱ ㍻ ㎡ ▲△ 「」【】 ・ are kept as written,
 * since readers rely on them (① as a list number, ㈱ and ㍻ as written forms, ㎡ as a unit).
 */
export function repairUnicode(text: string): RepairResult {
  return chainRepairs(text, [
    removeControlChars,
    repairKangxiRadicals,
    repairCompatibilityIdeographs,
    repairRadicalSupplement,
    foldFullwidthAscii,
    foldHalfwidthKatakana,
    repairCombiningKana,
  ]);
}

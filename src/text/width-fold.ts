import { TEXT_RULES } from "./rules.js";
import { replaceMatches, type RepairResult } from "./repair-result.js";

/** Offset from a full-width ASCII form (U+FF01–U+FF5E) to its ASCII character (U+0021–U+007E). */
const FULLWIDTH_ASCII_OFFSET = 0xfee0;

/**
 * Full-width forms that stay full-width, because Japanese text uses them as such:
 * ！ and ？ are sentence punctuation written alongside 。 (the truth data has no ASCII ! or ?),
 * and ～ (U+FF5E) is the range mark of 4月～6月, which ASCII ~ does not replace.
 * Every other full-width ASCII form folds: the truth data writes ( ) : % [ ] , . + - / = <
 * and digits and Latin letters in ASCII. The Japanese brackets and punctuation 「」『』【】、。・
 * are not full-width ASCII forms and are never touched.
 */
export const FULLWIDTH_KEPT: ReadonlySet<string> = new Set(["！", "？", "～"]);

const FULLWIDTH_ASCII_RUN = /[\uFF01-\uFF5E]+/gu;
/** Half-width katakana and punctuation (｡｢｣､･ｦ…ﾝﾞﾟ), with a preceding full-width kana when the run opens with a sound mark. */
const HALFWIDTH_KATAKANA_RUN = /(?:[\u3041-\u30FF](?=[\uFF9E\uFF9F]))?[\uFF61-\uFF9F]+/gu;
const COMBINING_VOICED_MARK = "\u3099";
const COMBINING_SEMI_VOICED_MARK = "\u309A";
const SPACING_VOICED_MARK = "\u309B";
const SPACING_SEMI_VOICED_MARK = "\u309C";

/**
 * Composes kana followed by a combining (semi-)voiced mark into one character (か\u3099 → が);
 * a mark that cannot compose (ア\u3099) becomes the spacing mark ゛/゜ rather than dangle.
 */
export function composeKanaMarks(text: string): string {
  return text
    .normalize("NFC")
    .replaceAll(COMBINING_VOICED_MARK, SPACING_VOICED_MARK)
    .replaceAll(COMBINING_SEMI_VOICED_MARK, SPACING_SEMI_VOICED_MARK);
}

/** Full-width ASCII (Ａ１（％）) → ASCII (A1(%)), except {@link FULLWIDTH_KEPT}. One repair per run. */
export function foldFullwidthAscii(text: string): RepairResult {
  return replaceMatches(text, FULLWIDTH_ASCII_RUN, TEXT_RULES.fullwidthAscii, ([run]) =>
    [...run]
      .map((ch) => (FULLWIDTH_KEPT.has(ch) ? ch : String.fromCharCode(ch.charCodeAt(0) - FULLWIDTH_ASCII_OFFSET)))
      .join(""),
  );
}

/** Half-width katakana → full-width with voiced marks composed (ｶﾞｲﾄﾞ → ガイド, ﾊﾟ → パ, ｢･｣ → 「・」). */
export function foldHalfwidthKatakana(text: string): RepairResult {
  return replaceMatches(text, HALFWIDTH_KATAKANA_RUN, TEXT_RULES.halfwidthKana, ([run]) =>
    composeKanaMarks(run.normalize("NFKC")),
  );
}

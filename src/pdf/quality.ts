import type { TextLayerQuality, TextRun } from "../types/index.js";

/** Fewer non-space characters than this on a page: no usable text layer (a scan, or a blank page). */
export const MIN_TEXT_CHARS = 10;
/** A share of suspicious characters above this makes the layer "broken" (measured: clean CJK pages sit at 0). */
export const MAX_BAD_SHARE = 0.05;

/**
 * What a Japanese table's text layer is made of: ASCII, Latin-1 signs (not letters), Greek and Cyrillic (homoglyphs
 * the text stage repairs), punctuation, arrows, maths and technical signs, circled numbers, box drawing and
 * geometric shapes (▲△●), CJK radicals, CJK symbols, kana, enclosed and compatibility CJK, ideographs, width forms.
 * Anything else — controls, U+FFFD, private use, Latin-1 and extended Latin letters, IPA, Hebrew, Arabic, Indic,
 * Thai — is what a font without a usable ToUnicode map gives: its glyph ids read as character codes (mojibake).
 */
const EXPECTED = /[\u0009-\u000D\u0020-\u007E\u00A0-\u00BF\u00D7\u00F7\u0370-\u03FF\u0400-\u04FF\u2000-\u206F\u2100-\u23FF\u2460-\u27BF\u2E80-\u2FDF\u3000-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;

/** Whether `ch` (one code point) is a character a Japanese table's text layer is made of (see EXPECTED). */
export const isExpectedChar = (ch: string): boolean => EXPECTED.test(ch);

/** Verdict on a page's text layer: whether its text can be trusted or the page needs OCR. */
export function assessTextLayer(runs: readonly TextRun[]): TextLayerQuality {
  let chars = 0;
  let bad = 0;
  for (const r of runs) {
    for (const ch of r.text) {
      if (/\s/u.test(ch)) continue;
      chars++;
      if (!isExpectedChar(ch)) bad++;
    }
  }
  if (chars < MIN_TEXT_CHARS) return { verdict: "none", chars, badShare: 0, reason: `only ${chars} characters in the text layer` };
  const badShare = bad / chars;
  if (badShare > MAX_BAD_SHARE) {
    return { verdict: "broken", chars, badShare, reason: `${(badShare * 100).toFixed(1)}% of the text layer is unmapped or mojibake` };
  }
  return { verdict: "usable", chars, badShare, reason: "text layer usable" };
}

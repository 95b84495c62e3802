/**
 * What broken text layers put in place of the characters drawn: the code points a ToUnicode map of a real
 * municipal PDF gives for glyphs that look right (Kangxi radicals, radical-supplement and compatibility
 * ideographs, full-width ASCII, half-width katakana, · for ・, Cyrillic А for the grade A).
 */

/** Unified ideograph → Kangxi radical (U+2F00 block) or CJK Radicals Supplement look-alike. */
const RADICALS: Record<string, string> = {
  方: "\u2F45", 行: "\u2F8F", 日: "\u2F47", 人: "\u2F08", 入: "\u2F0A", 大: "\u2F24", 金: "\u2FA6", 見: "\u2F92",
  用: "\u2F64", 生: "\u2F63", 一: "\u2F00", 立: "\u2F74", 自: "\u2F83", 目: "\u2F6C", 言: "\u2F94", 高: "\u2FBC",
  長: "\u2ED1", 民: "\u2EA0", 西: "\u2EC4", 青: "\u2EC9",
};
/** Unified ideograph → CJK compatibility ideograph whose canonical equivalent it is. */
const COMPATIBILITY: Record<string, string> = {
  更: "\uF901", 車: "\uF902", 路: "\uF937", 累: "\uF94F", 率: "\uF961", 北: "\uF963", 不: "\uF967", 略: "\uF976", 量: "\uF97E",
};

/** ASCII digits and the punctuation the truth writes in ASCII → their full-width forms. */
function fullWidthAscii(): Record<string, string> {
  const map: Record<string, string> = {};
  for (const ch of "0123456789%():") map[ch] = String.fromCodePoint(ch.codePointAt(0)! + 0xfee0);
  return map;
}

/** Full-width katakana → half-width, voiced and semi-voiced marks as separate code points (ｶﾞ, ﾊﾟ). */
function halfWidthKana(): Record<string, string> {
  const map: Record<string, string> = {};
  for (let c = 0xff66; c <= 0xff9d; c++) {
    const half = String.fromCodePoint(c);
    map[half.normalize("NFKC")] = half;
    for (const mark of ["\uFF9E", "\uFF9F"]) {
      const full = (half + mark).normalize("NFKC");
      if ([...full].length === 1) map[full] = half + mark;
    }
  }
  map["ー"] = "\uFF70";
  return map;
}

/** The map applied to the remapped font: every defect at once, as one broken ToUnicode table would. */
export const VARIANT_TEXT_LAYER: Readonly<Record<string, string>> = {
  ...RADICALS, ...COMPATIBILITY, ...fullWidthAscii(), ...halfWidthKana(), "・": "\u00B7",
};

/** The map for grade cells: the Latin A typed as Cyrillic А (seen in the real FY2020 PDF). */
export const GRADE_TEXT_LAYER: Readonly<Record<string, string>> = { A: "\u0410" };

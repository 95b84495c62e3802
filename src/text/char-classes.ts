/**
 * Character classes shared by the text repairs. Each predicate looks at one character
 * (a single code point string); `undefined` (no neighbour) is never in any class.
 */

const HIRAGANA = /^[\u3041-\u309F]$/u;
const KATAKANA = /^[\u30A1-\u30FA\u30FC-\u30FF\u31F0-\u31FF]$/u;
const KANJI = /^[\p{Script=Han}]$/u;
/** CJK symbols and punctuation (、。「」【】〜 …), the katakana middle dot, and full-width forms. */
const JAPANESE_PUNCTUATION = /^[\u3000-\u303F\u30FB\uFF01-\uFF60]$/u;
const ASCII_ALPHANUMERIC = /^[0-9A-Za-z]$/u;
const DIGIT = /^[0-9]$/u;
const ASCII_LETTER = /^[A-Za-z]$/u;
/** Opening brackets, ASCII and Japanese. */
const OPENING_BRACKETS = new Set([..."([{（［｛「『【〈《〔〘〖"]);
/** Closing brackets, ASCII and Japanese. */
const CLOSING_BRACKETS = new Set([...")]}）］｝」』】〉》〕〙〗"]);

/** Hiragana (ぁ–ゟ). */
export function isHiragana(ch: string | undefined): boolean {
  return ch !== undefined && HIRAGANA.test(ch);
}

/** Katakana letters and the prolonged sound mark ー (not the middle dot ・). */
export function isKatakana(ch: string | undefined): boolean {
  return ch !== undefined && KATAKANA.test(ch);
}

/** Han ideographs, including 々 〆 〇. */
export function isKanji(ch: string | undefined): boolean {
  return ch !== undefined && KANJI.test(ch);
}

/** Kana or kanji: a character of Japanese words. */
export function isJapaneseLetter(ch: string | undefined): boolean {
  return isHiragana(ch) || isKatakana(ch) || isKanji(ch);
}

/** Kana, kanji, Japanese punctuation or a full-width form. */
export function isJapanese(ch: string | undefined): boolean {
  return isJapaneseLetter(ch) || (ch !== undefined && JAPANESE_PUNCTUATION.test(ch));
}

/** 0–9, A–Z, a–z. */
export function isAsciiAlphanumeric(ch: string | undefined): boolean {
  return ch !== undefined && ASCII_ALPHANUMERIC.test(ch);
}

/** A–Z, a–z. */
export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ASCII_LETTER.test(ch);
}

/** ASCII digits 0–9. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && DIGIT.test(ch);
}

/** An opening bracket: ( [ { （ 「 『 【 〈 《 〔 … */
export function isOpeningBracket(ch: string | undefined): boolean {
  return ch !== undefined && OPENING_BRACKETS.has(ch);
}

/** A closing bracket: ) ] } ） 」 』 】 〉 》 〕 … */
export function isClosingBracket(ch: string | undefined): boolean {
  return ch !== undefined && CLOSING_BRACKETS.has(ch);
}

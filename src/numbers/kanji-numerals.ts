/** Kanji digits, including the legal forms used on older documents (壱, 弐, 参). */
export const KANJI_DIGIT_VALUES: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 壱: 1, 二: 2, 弐: 2, 三: 3, 参: 3, 四: 4,
  五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Scales below a myriad: they multiply the digit before them within one 万-group. */
export const SMALL_SCALE_VALUES: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 千: 1_000 };

/** Myriad scales: they close a group (50億 / 8千9百万). */
export const MYRIAD_SCALE_VALUES: Readonly<Record<string, number>> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

export function isKanjiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch in KANJI_DIGIT_VALUES;
}

export function isSmallScale(ch: string | undefined): boolean {
  return ch !== undefined && ch in SMALL_SCALE_VALUES;
}

export function isMyriadScale(ch: string | undefined): boolean {
  return ch !== undefined && ch in MYRIAD_SCALE_VALUES;
}

/** True for any character that can be part of a kanji numeral (digit or scale). */
export function isKanjiNumeralChar(ch: string | undefined): boolean {
  return isKanjiDigit(ch) || isSmallScale(ch) || isMyriadScale(ch);
}

/**
 * Value of a text made only of kanji numeral characters: 十五 → 15, 二千 → 2000, 五十億 → 5e9,
 * 二〇二〇 → 2020 (digit-by-digit), 元 is not handled here (that is an era word). Null when the text is
 * not a well-formed kanji numeral.
 */
export function parseKanjiNumeral(text: string): number | null {
  if (text === "" || ![...text].every(isKanjiNumeralChar)) return null;
  // Positional digits with no scales (二〇二〇, 一二三) read like Arabic digits.
  if ([...text].every(isKanjiDigit)) {
    return [...text].reduce((acc, ch) => acc * 10 + (KANJI_DIGIT_VALUES[ch] ?? 0), 0);
  }
  let total = 0;
  let group = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = KANJI_DIGIT_VALUES[ch];
    const small = SMALL_SCALE_VALUES[ch];
    const myriad = MYRIAD_SCALE_VALUES[ch];
    if (d !== undefined) {
      if (digit !== null) return null; // two digits in a row inside a scaled numeral: 二三十
      digit = d;
    } else if (small !== undefined) {
      group += (digit ?? 1) * small; // 十五: a scale with no digit before it means one of it
      digit = null;
    } else if (myriad !== undefined) {
      const n = group + (digit ?? 0);
      if (n === 0) return null;
      total += n * myriad;
      group = 0;
      digit = null;
    }
  }
  return total + group + (digit ?? 0);
}

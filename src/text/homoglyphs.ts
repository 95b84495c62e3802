import { replaceMatches, type RepairResult } from "./repair-result.js";
import { TEXT_RULES } from "./rules.js";

/** Cyrillic and Greek letters whose glyph is the same as a Latin letter's. */
export const LATIN_LOOKALIKES: ReadonlyMap<string, string> = new Map([
  // Cyrillic capitals
  ["А", "A"], ["В", "B"], ["С", "C"], ["Е", "E"], ["Н", "H"], ["І", "I"], ["Ј", "J"], ["К", "K"],
  ["М", "M"], ["О", "O"], ["Р", "P"], ["Ѕ", "S"], ["Т", "T"], ["Х", "X"], ["У", "Y"],
  // Cyrillic small letters
  ["а", "a"], ["с", "c"], ["е", "e"], ["һ", "h"], ["і", "i"], ["ј", "j"], ["о", "o"], ["р", "p"],
  ["ѕ", "s"], ["х", "x"], ["у", "y"],
  // Greek capitals
  ["Α", "A"], ["Β", "B"], ["Ε", "E"], ["Ζ", "Z"], ["Η", "H"], ["Ι", "I"], ["Κ", "K"], ["Μ", "M"],
  ["Ν", "N"], ["Ο", "O"], ["Ρ", "P"], ["Τ", "T"], ["Υ", "Y"], ["Χ", "X"],
  // Greek small letters
  ["ο", "o"],
]);

/** A word of Latin, Greek and/or Cyrillic letters. */
const ALPHABETIC_WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]+/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;
const CAPITAL_LETTER = /\p{Lu}/u;

/**
 * The Latin spelling of a word written with Cyrillic/Greek look-alikes, or `undefined` to keep it:
 * a word that is a single look-alike capital (a grade "А", the era letter of "Н27"), or a Latin
 * word with look-alikes inside ("Рlan", "ОJT"). Words with no Latin letter, or with any letter
 * that has no Latin twin, are real Cyrillic/Greek and are left alone ("Москва", "ΑΒΓ").
 */
function latinSpelling(word: string): string | undefined {
  const letters = [...word];
  const isLoneCapital = letters.length === 1 && CAPITAL_LETTER.test(word) && LATIN_LOOKALIKES.has(word);
  const isMixedLatin =
    LATIN_LETTER.test(word) && letters.every((ch) => LATIN_LETTER.test(ch) || LATIN_LOOKALIKES.has(ch));
  if (!isLoneCapital && !isMixedLatin) return undefined;
  return letters.map((ch) => LATIN_LOOKALIKES.get(ch) ?? ch).join("");
}

/** Cyrillic/Greek look-alike letters in a Latin or grade context → Latin (Сity → City, А → A). */
export function repairHomoglyphs(text: string): RepairResult {
  return replaceMatches(text, ALPHABETIC_WORD, TEXT_RULES.homoglyph, ([word]) => latinSpelling(word));
}

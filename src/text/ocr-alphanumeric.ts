import { isAsciiLetter, isDigit, isJapaneseLetter } from "./char-classes.js";
import { replaceMatches, type RepairResult } from "./repair-result.js";
import { TEXT_RULES } from "./rules.js";

/** A run of ASCII letters and digits, with single . or , between them. */
const ALPHANUMERIC_TOKEN = /[0-9A-Za-z](?:[.,]?[0-9A-Za-z])*/gu;
const LOWERCASE = /^[a-z]$/u;
/** Letters OCR reads for digits, and the digit each stands for. */
const LETTER_AS_DIGIT: ReadonlyMap<string, string> = new Map([["O", "0"], ["l", "1"], ["I", "1"]]);
/** A token of digits and digit look-alikes only, with a look-alike l or I (l, I, IO, l5). */
const DIGITS_WITH_LOOKALIKES = /^(?=.*[lI])[0-9OlI]+$/u;
/** Digits OCR reads for letters, and the letter each stands for (upper case, lower case). */
const DIGIT_AS_LETTER: ReadonlyMap<string, readonly [string, string]> = new Map([
  ["0", ["O", "o"]],
  ["1", ["I", "l"]],
]);
/** A Latin word needs this many letters before a digit inside it is read as a letter (0JT → OJT, not R1 → RI). */
const MIN_WORD_LETTERS = 2;
/** Digits in a thousands group. */
const THOUSANDS_GROUP = 3;
/** Counters of whole things: a number before one has no decimal point (617.290件 → 617,290件). */
const INTEGER_COUNTER = /^(?:円|千円|件|人|回|号|期|次|条|個|台|名|世帯|戸|校|社|団体|箇所|か所|カ所|ヶ所|施設|事業|本|枚|冊)/u;

/**
 * Letters in a number → digits: after a digit (or a digit and a separator), or before one
 * (possibly across a separator) when no letter precedes (1O0 → 100, 54.Oha → 54.0ha, l,500 → 1,500).
 */
function fixLettersInNumber(chars: string[]): void {
  const isSeparator = (ch: string | undefined) => ch === "." || ch === ",";
  chars.forEach((ch, i) => {
    const digit = LETTER_AS_DIGIT.get(ch);
    if (digit === undefined) return;
    const [before, after] = [chars[i - 1], chars[i + 1]];
    const afterDigit = isDigit(before) || (isSeparator(before) && isDigit(chars[i - 2]));
    const beforeDigit = isDigit(after) || (isSeparator(after) && isDigit(chars[i + 2]));
    if (afterDigit || (beforeDigit && !isAsciiLetter(before))) chars[i] = digit;
  });
}

/**
 * The one digit in a Latin word → a letter, in the case of the letter after it (else before it):
 * 0 beside a letter → O/o (0JT → OJT, NP0 → NPO); 1 between letters → I/l (P1an → Plan,
 * PD1CA → PDICA). A 1 at a word's edge stays (No1, 1st).
 */
function fixDigitInWord(chars: string[]): void {
  const letters = chars.filter(isAsciiLetter).length;
  const digits = chars.filter(isDigit).length;
  if (letters < MIN_WORD_LETTERS || digits !== 1) return;
  chars.forEach((ch, i) => {
    const [before, after] = [chars[i - 1], chars[i + 1]];
    const letter = DIGIT_AS_LETTER.get(ch);
    const caseGuide = isAsciiLetter(after) ? after : isAsciiLetter(before) ? before : undefined;
    const placed = ch === "0" ? caseGuide !== undefined : isAsciiLetter(before) && isAsciiLetter(after);
    if (letter && caseGuide && placed) chars[i] = LOWERCASE.test(caseGuide) ? letter[1] : letter[0];
  });
}

/**
 * Separators in a number (digits and . , only). Before a counter of whole things there is no
 * decimal point: a point followed by a thousands group becomes a comma (16.000千円 → 16,000千円)
 * and a comma followed by anything else stays (第3,4回). Elsewhere a comma not followed by a
 * thousands group becomes a point (6,5% → 6.5%; 15,577,43 → 15,577.43; H26,8.29 → H26.8.29), and
 * a point followed by a thousands group becomes a comma when another separator follows or the
 * number already has a comma (1.263,695 → 1,263,695; 10,478.600 → 10,478,600). A lone 15.000
 * stays: it may be a decimal.
 */
function fixSeparators(number: string, beforeCounter: boolean): string {
  const chars = [...number];
  const groups = number.split(/[.,]/u);
  let pos = 0;
  groups.forEach((group, g) => {
    pos += group.length;
    const separator = chars[pos];
    const next = groups[g + 1];
    if (separator === undefined || next === undefined) return;
    const isThousands = next.length === THOUSANDS_GROUP;
    const isLast = g + 2 === groups.length;
    const hasCommaBefore = chars.slice(0, pos).includes(",");
    if (separator === "," && !isThousands && !beforeCounter) chars[pos] = ".";
    if (separator === "." && isThousands && (beforeCounter || !isLast || hasCommaBefore)) chars[pos] = ",";
    pos += 1;
  });
  return chars.join("");
}

/** A number with separators inside a token. */
const SEPARATED_NUMBER = /[0-9]+(?:[.,][0-9]+)+/gu;

/**
 * Digit/letter and separator look-alikes inside ASCII numbers and words, by rule: O l I in a
 * number → 0 1 1; a 0 or 1 in a Latin word → O or I/l; digits with a look-alike l or I beside Japanese
 * → digits (第l期, IO月); , and . swapped where a number's grouping or the counter after it
 * shows which it is.
 */
export function repairAlphanumericConfusions(text: string): RepairResult {
  return replaceMatches(text, ALPHANUMERIC_TOKEN, TEXT_RULES.ocrAlphanumeric, (match) => {
    const [token] = match;
    const end = match.index + token.length;
    const besideJapanese = isJapaneseLetter(text[match.index - 1]) || isJapaneseLetter(text[end]);
    const chars = [...token];
    if (besideJapanese && DIGITS_WITH_LOOKALIKES.test(token)) chars.forEach((ch, i) => (chars[i] = LETTER_AS_DIGIT.get(ch) ?? ch));
    fixLettersInNumber(chars);
    fixDigitInWord(chars);
    const fixed = chars.join("");
    return fixed.replace(SEPARATED_NUMBER, (number, offset: number) =>
      fixSeparators(number, offset + number.length === fixed.length && INTEGER_COUNTER.test(text.slice(end))),
    );
  });
}

import type { Repair } from "../types/review.js";
import {
  isAsciiAlphanumeric,
  isClosingBracket,
  isDigit,
  isJapanese,
  isJapaneseLetter,
  isOpeningBracket,
} from "./char-classes.js";
import { chainRepairs, replaceMatches, type RepairResult } from "./repair-result.js";
import { TEXT_RULES } from "./rules.js";

/** Horizontal white space: ASCII space, tab, NBSP, the Unicode spaces U+2000–U+200A, U+202F, U+205F, U+3000. */
const SPACE_RUN = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu;
/** Invisible characters: zero-width space, non-joiner and joiner (no meaning in a table cell), word joiner, byte-order mark. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;
/** Punctuation that never takes a space before it. */
const NO_SPACE_BEFORE = new Set([..."、。，．,.!?！？:;：；"]);
/** List and note markers, which are written against what follows (①実施, ※注, ▲18.9%). */
const MARKER = /^[\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF※●○◎■□◆◇▲△▼▽★☆]$/u;
/** Characters that make up a number or Latin word ending just before a space. */
const ALPHANUMERIC_WORD_CHAR = /^[0-9A-Za-z.,%]$/u;
/** A list label opening a line, which keeps its space ("1 財政の健全化", "A 目標を達成", "2. 概要"). */
const LINE_LABEL = /^(?:[0-9]{1,2}|[A-Za-z])\.?$/u;
/**
 * Letter-spaced text: four or more single characters each separated by one space
 * ("財 政 の 健 全 化", "令 和 2 年 度"); treated as one word when most of them are Japanese letters.
 */
const LETTER_SPACED = /(?<![^\s])[^\s](?:[ \u3000\u00A0][^\s]){3,}(?![^\s])/gu;
/** A letter-spaced run is one word when at least this share of its characters are kana or kanji. */
const LETTER_SPACED_JAPANESE_SHARE = 0.5;

function isMarker(ch: string | undefined): boolean {
  return ch !== undefined && MARKER.test(ch);
}

/** Whether the number or Latin word ending at `end` (exclusive) is a list label opening its line. */
function isLineLabel(line: string, end: number): boolean {
  let start = end;
  while (start > 0 && ALPHANUMERIC_WORD_CHAR.test(line[start - 1] ?? "")) start--;
  return start === 0 && LINE_LABEL.test(line.slice(0, end));
}

/**
 * Whether a space between `left` and `right` is an artefact to remove. Kept: between Latin words
 * ("Plan Do"), and between a label and the number or Latin text after it ("比率 6.5%以下",
 * "累計 A=1524.0ha"), as the truth data writes them. Removed: between Japanese characters, inside
 * brackets, before closing punctuation, after a list marker, and after a number or Latin word
 * that runs on into Japanese ("6.5% 以下", "CATV での"), unless it is a list label opening the
 * line ("1 財政", "A 目標").
 */
function isSpuriousSpace(line: string, end: number, left: string, right: string): boolean {
  if ((isJapanese(left) || isClosingBracket(left)) && (isJapanese(right) || isOpeningBracket(right))) return true;
  if (isOpeningBracket(left) || isClosingBracket(right) || NO_SPACE_BEFORE.has(right)) return true;
  if (isMarker(left) && (isJapanese(right) || isDigit(right))) return true;
  return (
    (isAsciiAlphanumeric(left) || left === "%") &&
    isJapaneseLetter(right) &&
    !isLineLabel(line, end)
  );
}

/** The spans [start, end) of the line that are letter-spaced Japanese. */
function letterSpacedSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of line.matchAll(LETTER_SPACED)) {
    const letters = match[0].split(/[ \u3000\u00A0]/u);
    const japanese = letters.filter((ch) => isJapaneseLetter(ch)).length;
    if (japanese / letters.length >= LETTER_SPACED_JAPANESE_SHARE) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

function repairLineSpaces(line: string, repairs: Repair[]): string {
  const spaced = letterSpacedSpans(line);
  let out = "";
  let last = 0;
  for (const match of line.matchAll(SPACE_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    const left = line[start - 1];
    const right = line[end];
    let rule: string;
    let gap: string;
    if (left === undefined || right === undefined) {
      [rule, gap] = [TEXT_RULES.spaceTrim, ""];
    } else if (spaced.some(([from, to]) => start > from && end < to) || isSpuriousSpace(line, start, left, right)) {
      [rule, gap] = [TEXT_RULES.spaceRemove, ""];
    } else if (match[0] !== " ") {
      [rule, gap] = [TEXT_RULES.spaceCollapse, " "];
    } else {
      continue;
    }
    out += line.slice(last, start) + gap;
    last = end;
    repairs.push({ rule, from: `${left ?? ""}${match[0]}${right ?? ""}`, to: `${left ?? ""}${gap}${right ?? ""}` });
  }
  return out + line.slice(last);
}

/** Zero-width spaces, word joiners and byte-order marks removed. */
export function removeZeroWidth(text: string): RepairResult {
  return replaceMatches(text, ZERO_WIDTH, TEXT_RULES.zeroWidth, () => "");
}

/**
 * Spaces repaired line by line: trimmed at line ends, removed where they split Japanese text
 * (see isSpuriousSpace and letter-spaced runs), and otherwise collapsed to one ASCII space.
 * Each repair records the space with the character on either side ("財 政" → "財政").
 */
export function normalizeSpaces(text: string): RepairResult {
  const repairs: Repair[] = [];
  const lines = text.split("\n").map((line) => repairLineSpaces(line, repairs));
  return { text: repairs.length === 0 ? text : lines.join("\n"), repairs };
}

/** Zero-width characters removed, then spaces normalised (see normalizeSpaces). */
export function repairSpaces(text: string): RepairResult {
  return chainRepairs(text, [removeZeroWidth, normalizeSpaces]);
}

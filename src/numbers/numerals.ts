import {
  KANJI_DIGIT_VALUES,
  MYRIAD_SCALE_VALUES,
  SMALL_SCALE_VALUES,
  isKanjiDigit,
  isSmallScale,
} from "./kanji-numerals.js";

/** Significant digits kept when dividing/multiplying by scales, to drop float noise (50.89000000000001). */
const SIGNIFICANT_DIGITS = 12;

/** Rounds away binary floating-point noise from products and quotients of decimal values. */
export function roundDecimal(x: number): number {
  return Number(x.toPrecision(SIGNIFICANT_DIGITS));
}

/** Arabic digits: thousands-separated groups or a plain run, with an optional decimal part. */
const ARABIC_NUMBER = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;

/** One way to end a numeral read from a given start; a numeral has several (8千 / 8千9百万). */
export interface NumeralEnding {
  readonly start: number;
  readonly end: number;
  /** Absolute value of the whole numeral: 50億8千9百万 → 5089000000. */
  readonly total: number;
  /** Value as written, in units of `multiplier`. */
  readonly value: number;
  /** 4,000千 → 1000; 96.4億 → 1e8; 50億8千9百万 → 1e8 (its largest myriad); 二千 → 1. */
  readonly multiplier: number;
  /** Whether any Arabic digit was read (otherwise a pure kanji numeral such as 十五). */
  readonly hasArabic: boolean;
  /** Whether a scale character (十百千万億兆) was read. */
  readonly hasScale: boolean;
  /** Whether the numeral is written with a thousands separator or a decimal point. */
  readonly formatted: boolean;
  /**
   * Whether digits follow a scale with no scale after them (十五, 50億4): fine before a unit (十五人),
   * but at a bare ending they are usually the start of a word (50億一般会計).
   */
  readonly trailingDigits: boolean;
}

type Token =
  | { kind: "arabic"; value: number; formatted: boolean }
  | { kind: "kanji"; value: number }
  | { kind: "small" | "myriad"; value: number };

function readToken(text: string, pos: number, prev: Token | undefined): { token: Token; end: number } | null {
  const ch = text[pos];
  const small = ch === undefined ? undefined : SMALL_SCALE_VALUES[ch];
  const myriad = ch === undefined ? undefined : MYRIAD_SCALE_VALUES[ch];
  if (small !== undefined) return { token: { kind: "small", value: small }, end: pos + 1 };
  if (myriad !== undefined) return { token: { kind: "myriad", value: myriad }, end: pos + 1 };
  // Digits only follow a scale or start the numeral: 5二 or 二5 are two things, not one number.
  if (prev !== undefined && (prev.kind === "arabic" || prev.kind === "kanji")) return null;
  ARABIC_NUMBER.lastIndex = pos;
  const m = ARABIC_NUMBER.exec(text);
  if (m !== null) {
    const written = m[0];
    return {
      token: { kind: "arabic", value: Number(written.replaceAll(",", "")), formatted: /[.,]/.test(written) },
      end: pos + written.length,
    };
  }
  let end = pos;
  let value = 0;
  while (isKanjiDigit(text[end])) value = value * 10 + (KANJI_DIGIT_VALUES[text[end]!] ?? 0), end++;
  return end > pos ? { token: { kind: "kanji", value }, end } : null;
}

/**
 * Reads a numeral starting at `start` in half-width text: Arabic (1,263,695 / 96.4), kanji (五十億, 十五),
 * or mixed with scales (50億8千9百万, 4,000千, 1,234百万). Returns every place the numeral could end,
 * longest first, so the caller can pick the longest one followed by a unit; [] when no numeral starts here.
 */
export function readNumeral(text: string, start: number): NumeralEnding[] {
  const first = text[start];
  if (first === undefined || !(/\d/.test(first) || isKanjiDigit(first) || isSmallScale(first))) return [];
  const tokens: Token[] = [];
  const endings: NumeralEnding[] = [];
  let pos = start;
  let total = 0; // closed 万-groups
  let group = 0; // current 万-group, digits already scaled
  let pending: number | null = null; // digits not yet followed by a scale
  let largestMyriad = 1;
  for (;;) {
    const read = readToken(text, pos, tokens[tokens.length - 1]);
    if (read === null) break;
    const { token } = read;
    if (token.kind === "arabic" || token.kind === "kanji") {
      pending = token.value;
    } else if (token.kind === "small") {
      group += (pending ?? 1) * token.value; // 十五, 百二十: a bare scale counts one of it
      pending = null;
    } else {
      const n = group + (pending ?? 0);
      if (n === 0) break; // a myriad with nothing before it (万一) is a word, not a scale
      total += n * token.value;
      largestMyriad = Math.max(largestMyriad, token.value);
      group = 0;
      pending = null;
    }
    tokens.push(token);
    pos = read.end;
    endings.push(ending(start, pos, tokens, total + group + (pending ?? 0), largestMyriad));
  }
  return endings.reverse();
}

function ending(start: number, end: number, tokens: readonly Token[], total: number, largestMyriad: number): NumeralEnding {
  const [head, ...rest] = tokens;
  const hasArabic = tokens.some((t) => t.kind === "arabic");
  const hasScale = tokens.some((t) => t.kind === "small" || t.kind === "myriad");
  const formatted = tokens.some((t) => t.kind === "arabic" && t.formatted);
  const last = tokens[tokens.length - 1];
  const trailingDigits = tokens.length > 1 && (last?.kind === "arabic" || last?.kind === "kanji");
  // "4,000千" and "1,234百万" write one Arabic number times a scale: that number is the value as written.
  if (head?.kind === "arabic" && rest.length > 0 && rest.every((t) => t.kind === "small" || t.kind === "myriad")) {
    const multiplier = rest.reduce((acc, t) => acc * t.value, 1);
    return { start, end, total: roundDecimal(head.value * multiplier), value: head.value, multiplier, hasArabic, hasScale, formatted, trailingDigits };
  }
  const multiplier = largestMyriad;
  return { start, end, total: roundDecimal(total), value: roundDecimal(total / multiplier), multiplier, hasArabic, hasScale, formatted, trailingDigits };
}

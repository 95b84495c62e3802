import { followsOperand } from "./operands.js";

/** Marks that make the number after them negative; the triangle marks are the accounting convention. */
const NEGATIVE_WORDS = ["▲", "△", "マイナス"];
/** Minus signs, after full-width － has been mapped to "-". */
const MINUS_SIGNS = ["-", "−", "‐"];
const PLUS_SIGNS = ["+"];

export interface Sign {
  /** Where the sign starts (== the number's start when there is none). */
  readonly start: number;
  readonly negative: boolean;
}

/**
 * The sign written before the number starting at `numberStart` in half-width text.
 * ▲ △ マイナス always negate (a space may follow them). A minus or plus must touch the number and must not
 * follow an operand: in "A - (B)" or "100円-20円" it is an operator, not a sign.
 */
export function readSign(text: string, numberStart: number, previousQuantityEnd: number): Sign {
  let p = numberStart;
  while (p > 0 && text[p - 1] === " ") p--;
  const word = NEGATIVE_WORDS.find((w) => text.startsWith(w, p - w.length));
  if (word !== undefined) return { start: p - word.length, negative: true };
  const before = numberStart - 1;
  const ch = text[before] ?? "";
  if ((MINUS_SIGNS.includes(ch) || PLUS_SIGNS.includes(ch)) && !followsOperand(text, before, previousQuantityEnd)) {
    return { start: before, negative: MINUS_SIGNS.includes(ch) };
  }
  return { start: numberStart, negative: false };
}

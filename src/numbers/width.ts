/** Offset between a full-width ASCII variant (U+FF01–U+FF5E) and its ASCII character. */
const FULL_WIDTH_OFFSET = 0xfee0;
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const IDEOGRAPHIC_SPACE = "\u3000";

/**
 * Maps full-width ASCII variants (１２３, ％, ．, ，, Ｒ, －) to ASCII and the ideographic space to " ".
 * Every character maps to exactly one UTF-16 unit, so offsets in the result are offsets in `text`
 * (NFKC would not do: it expands ㎡ and ① and would shift every span after them).
 */
export function toHalfWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
      out += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    } else if (ch === IDEOGRAPHIC_SPACE) {
      out += " ";
    } else {
      out += ch;
    }
  }
  return out;
}

import type { TextLayerQuality, TextRun } from "../types/index.js";

/** Fewer non-space characters than this on a page: no usable text layer (a scan, or a blank page). */
export const MIN_TEXT_CHARS = 10;
/** A share of suspicious characters above this makes the layer "broken" (measured: clean CJK pages sit at 0). */
export const MAX_BAD_SHARE = 0.05;

/**
 * U+FFFD, private use, C0/C1 controls, and Latin-1 letters (À-ÿ): what a font without a usable ToUnicode map
 * gives (mojibake). Latin-1 letters are rare in Japanese administrative tables, frequent in mojibake.
 */
const SUSPICIOUS = /[\uFFFD\uE000-\uF8FF\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00C0-\u00FF]/u;

/** Verdict on a page's text layer: whether its text can be trusted or the page needs OCR. */
export function assessTextLayer(runs: readonly TextRun[]): TextLayerQuality {
  let chars = 0;
  let bad = 0;
  for (const r of runs) {
    for (const ch of r.text) {
      if (/\s/u.test(ch)) continue;
      chars++;
      if (SUSPICIOUS.test(ch)) bad++;
    }
  }
  if (chars < MIN_TEXT_CHARS) return { verdict: "none", chars, badShare: 0, reason: `only ${chars} characters in the text layer` };
  const badShare = bad / chars;
  if (badShare > MAX_BAD_SHARE) {
    return { verdict: "broken", chars, badShare, reason: `${(badShare * 100).toFixed(1)}% of the text layer is unmapped or mojibake` };
  }
  return { verdict: "usable", chars, badShare, reason: "text layer usable" };
}

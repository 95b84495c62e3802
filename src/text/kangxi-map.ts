/**
 * Kangxi radicals and CJK compatibility ideographs → unified ideographs.
 *
 * PDF fonts often map an ideograph's glyph to one of these look-alike code points
 * (⽇ U+2F47 instead of 日 U+65E5). Every Kangxi radical and every compatibility ideograph
 * that has a decomposition maps, under NFKC, to exactly one unified ideograph, so NFKC is
 * applied to one character at a time and only inside these ranges; it is never applied to
 * the whole text, which would also fold ① ㈱ ㍻ ㎡ ～ and the like.
 */

/** U+2F00–U+2FD5, the 214 Kangxi radicals (⼀ … ⿕). */
const KANGXI_RADICALS = /^[\u2F00-\u2FD5]$/u;
/** U+F900–U+FAFF and U+2F800–U+2FA1F, the CJK compatibility ideographs. */
const COMPATIBILITY_IDEOGRAPHS = /^[\uF900-\uFAFF\u{2F800}-\u{2FA1F}]$/u;

/** Every Kangxi radical, as a global pattern for scanning text. */
export const KANGXI_RADICAL_PATTERN = /[\u2F00-\u2FD5]/gu;
/** Every CJK compatibility ideograph, as a global pattern for scanning text. */
export const COMPATIBILITY_IDEOGRAPH_PATTERN = /[\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/gu;

/** The unified ideograph for a Kangxi radical (⽇ → 日), or `undefined` for any other character. */
export function kangxiToUnified(ch: string): string | undefined {
  return KANGXI_RADICALS.test(ch) ? ch.normalize("NFKC") : undefined;
}

/**
 * The unified ideograph for a CJK compatibility ideograph with a canonical equivalent
 * (塚 U+FA10 → 塚 U+585A), or `undefined`: for other characters and for the twelve
 * "compatibility" code points that are really unified ideographs (﨑 U+FA11 …).
 */
export function compatibilityToUnified(ch: string): string | undefined {
  if (!COMPATIBILITY_IDEOGRAPHS.test(ch)) return undefined;
  const unified = ch.normalize("NFKC");
  return unified === ch ? undefined : unified;
}

import { isHiragana, isKanji, isKatakana } from "./char-classes.js";
import type { Token } from "./tokenizer.js";

/**
 * Characters OCR confuses because their glyphs are (nearly) the same, as pairs:
 * katakana ↔ kanji (ロ口 カ力 エ工 ニ二 ー一 タ夕 ト卜 ハ八), katakana ↔ katakana (ソン シツ)
 * and katakana ↔ hiragana (ヘへ ベべ ペぺ).
 */
export const KANA_CONFUSIONS: readonly (readonly [string, string])[] = [
  ["ロ", "口"],
  ["カ", "力"],
  ["エ", "工"],
  ["ニ", "二"],
  ["ー", "一"],
  ["タ", "夕"],
  ["ト", "卜"],
  ["ハ", "八"],
  ["ソ", "ン"],
  ["シ", "ツ"],
  ["ヘ", "へ"],
  ["ベ", "べ"],
  ["ペ", "ぺ"],
];

/** Each confusable character's look-alikes. */
const LOOKALIKES: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [a, b] of KANA_CONFUSIONS) {
    map.set(a, [...(map.get(a) ?? []), b]);
    map.set(b, [...(map.get(b) ?? []), a]);
  }
  return map;
})();

/** The characters OCR may have read in place of `ch` (none for most characters). */
export function lookalikesOf(ch: string): readonly string[] {
  return LOOKALIKES.get(ch) ?? [];
}

/** A kanji with a katakana look-alike (一 口 力 …). */
function isKatakanaLookingKanji(ch: string | undefined): boolean {
  return isKanji(ch) && lookalikesOf(ch ?? "").some(isKatakana);
}

/** A katakana letter, or a kanji that may be a misread one (一 in セン夕一). */
export function isKatakanaLike(ch: string | undefined): boolean {
  return isKatakana(ch) || isKatakanaLookingKanji(ch);
}

/** A kanji, or a katakana letter that may be a misread one (ロ in 人ロ). */
export function isKanjiLike(ch: string | undefined): boolean {
  return isKanji(ch) || (isKatakana(ch) && lookalikesOf(ch ?? "").some(isKanji));
}

/** Cost of each token: fewer tokens means longer words. */
const TOKEN_COST = 1;
/** Extra cost of a token the dictionary does not know. */
const UNKNOWN_TOKEN_COST = 2;
/** Extra cost of each character of an unknown token (two misreads turn アクションプラン into one long unknown word). */
const UNKNOWN_CHAR_COST = 0.5;
/** Extra cost of a one-character katakana token (a lone ロ or ヘ is almost always a misread, a lone ド a broken word). */
const LONE_KATAKANA_COST = 2;
/** Extra cost of a one-character kanji token that has a katakana look-alike, beside katakana (センタ一, バナ一広告). */
const LONE_KANJI_COST = 2;
/** Extra cost of a one-character hiragana token between katakana (メンタルへルス). */
const HIRAGANA_ISLAND_COST = 2;
/** Extra cost of each katakana sequence Japanese spelling does not allow. */
const IMPOSSIBLE_KANA_COST = 2;
/**
 * Katakana sequences that do not occur: ン, ッ or a small vowel/ya/yu/yo opening a katakana word;
 * ン before ー, ッ or a small kana; ツ or ソ before a small ャュョ. They show a ソ/ン or シ/ツ misread.
 */
const IMPOSSIBLE_KANA = /(?<![\u30A1-\u30FC])[ンッァィゥェォャュョ]|ン[ーッァィゥェォャュョ]|[ツソ][ャュョ]/gu;
/** Credit for a token that the document's lexicon contains. */
const LEXICON_CREDIT = 2;
/** Minimum length of a token for it to count as a lexicon word. */
export const MIN_LEXICON_WORD_LENGTH = 2;

/**
 * The cost of `text` analysed into `tokens` (lower is better): a token count, raised for
 * unknown words, lone katakana, lone katakana-looking kanji beside katakana, hiragana islands
 * in katakana and impossible katakana spellings, and lowered for words of the lexicon.
 */
export function analysisCost(text: string, tokens: readonly Token[], lexicon?: ReadonlySet<string>): number {
  let cost = IMPOSSIBLE_KANA_COST * [...text.matchAll(IMPOSSIBLE_KANA)].length;
  let offset = 0;
  for (const { surface_form: surface, word_type: type } of tokens) {
    const before = text[offset - 1];
    offset += surface.length;
    const after = text[offset];
    const besideKatakana = isKatakana(before) || isKatakana(after);
    cost += TOKEN_COST;
    if (type === "UNKNOWN") cost += UNKNOWN_TOKEN_COST + UNKNOWN_CHAR_COST * surface.length;
    if (surface.length === 1 && isKatakana(surface)) cost += LONE_KATAKANA_COST;
    if (isKatakanaLookingKanji(surface) && besideKatakana) cost += LONE_KANJI_COST;
    if (surface.length === 1 && isHiragana(surface) && isKatakana(before) && isKatakana(after)) cost += HIRAGANA_ISLAND_COST;
    if (surface.length >= MIN_LEXICON_WORD_LENGTH && lexicon?.has(surface)) cost -= LEXICON_CREDIT;
  }
  return cost;
}

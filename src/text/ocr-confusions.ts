import type { Repair } from "../types/review.js";
import { isHiragana, isKanji, isKatakana } from "./char-classes.js";
import { MIN_LEXICON_WORD_LENGTH, analysisCost, isKanjiLike, isKatakanaLike, lookalikesOf } from "./kana-confusions.js";
import { repairAlphanumericConfusions } from "./ocr-alphanumeric.js";
import { chainRepairs, type RepairResult } from "./repair-result.js";
import { TEXT_RULES } from "./rules.js";
import type { Tokenizer } from "./tokenizer.js";
import { maxOf, minOf } from "../util/arrays.js";

/** Dependencies of the OCR repair. */
export interface OcrRepairDeps {
  /** A loaded morphological analyser (see loadTokenizer). */
  readonly tokenizer: Tokenizer;
  /** Words seen in other cells of the same document (see buildLexicon); they vouch for a swap. */
  readonly lexicon?: ReadonlySet<string>;
}

/** Minimum cost saving for one swap to be applied: it must be clearly better, not merely different. */
const MIN_SAVING = 1;
/** Minimum cost saving for two swaps made together (two misreads in one word: アクツョンプラソ). */
const MIN_PAIR_SAVING = 2;
/** Two swaps are tried together only this close (in characters). */
const PAIR_SPAN = 6;
/** Characters of context on each side recorded in a repair. */
const REPAIR_CONTEXT = 2;

/**
 * Whether swapping `from` for `to` at this spot is worth trying: the look-alike must fit its
 * neighbours' script (a katakana letter among kanji, a kanji among katakana, a hiragana へ
 * beside katakana …); a neighbour that is itself a possible misread counts for both scripts.
 */
function isPlausibleSwap(from: string, to: string, before: string | undefined, after: string | undefined): boolean {
  const nearKatakana = isKatakanaLike(before) || isKatakanaLike(after);
  if (isKatakana(from) && isKanji(to)) return isKanjiLike(before) || isKanjiLike(after) || !nearKatakana;
  if (isKanji(from) && isKatakana(to)) return nearKatakana;
  if (isKatakana(from) && isKatakana(to)) return nearKatakana;
  if (isKatakana(from) && isHiragana(to)) return !(isKatakana(before) && isKatakana(after));
  return isHiragana(from) && isKatakana(to) && nearKatakana;
}

/** One character replaced by its look-alike. */
interface Swap {
  readonly index: number;
  readonly to: string;
}

/** The swaps worth trying in a line, skipping spots already repaired. */
function candidateSwaps(chars: readonly string[], fixed: ReadonlySet<number>): Swap[] {
  return chars.flatMap((ch, index) =>
    fixed.has(index)
      ? []
      : lookalikesOf(ch)
          .filter((to) => isPlausibleSwap(ch, to, chars[index - 1], chars[index + 1]))
          .map((to) => ({ index, to })),
  );
}

/** Pairs of candidate swaps at different spots close together. */
function swapPairs(swaps: readonly Swap[]): Swap[][] {
  return swaps.flatMap((a, i) =>
    swaps
      .slice(i + 1)
      .filter((b) => b.index !== a.index && b.index - a.index <= PAIR_SPAN)
      .map((b) => [a, b]),
  );
}

/**
 * The swap, or pair of close swaps, that lowers the line's cost the most, provided the saving
 * is clear (MIN_SAVING for one swap, MIN_PAIR_SAVING for two).
 */
function bestSwaps(chars: readonly string[], fixed: ReadonlySet<number>, deps: OcrRepairDeps): readonly Swap[] | undefined {
  const cost = (swaps: readonly Swap[]) => {
    const swapped = [...chars];
    for (const { index, to } of swaps) swapped[index] = to;
    const text = swapped.join("");
    return analysisCost(text, deps.tokenizer.tokenize(text), deps.lexicon);
  };
  const baseline = cost([]);
  const candidates = candidateSwaps(chars, fixed);
  let best: { swaps: readonly Swap[]; cost: number } | undefined;
  for (const swaps of [...candidates.map((swap) => [swap]), ...swapPairs(candidates)]) {
    const swappedCost = cost(swaps);
    const minSaving = swaps.length === 1 ? MIN_SAVING : MIN_PAIR_SAVING;
    if (baseline - swappedCost >= minSaving && (best === undefined || swappedCost < best.cost)) {
      best = { swaps, cost: swappedCost };
    }
  }
  return best?.swaps;
}

function repairLineKana(line: string, deps: OcrRepairDeps, repairs: Repair[]): string {
  const chars = [...line];
  const fixed = new Set<number>();
  for (let swaps = bestSwaps(chars, fixed, deps); swaps; swaps = bestSwaps(chars, fixed, deps)) {
    const indexes = swaps.map((swap) => swap.index);
    const start = Math.max(0, minOf(indexes) - REPAIR_CONTEXT);
    const end = maxOf(indexes) + REPAIR_CONTEXT + 1;
    const from = chars.slice(start, end).join("");
    for (const { index, to } of swaps) {
      chars[index] = to;
      fixed.add(index);
    }
    repairs.push({ rule: TEXT_RULES.ocrKana, from, to: chars.slice(start, end).join("") });
  }
  return chars.join("");
}

/**
 * Katakana/kanji/hiragana look-alikes (KANA_CONFUSIONS) swapped where the tokenizer and lexicon
 * find the text clearly better with the swap (人ロ調査 → 人口調査, センタ一 → センター,
 * 次年度ヘ → 次年度へ). Greedy, line by line: the best swap (or pair of close swaps) is applied,
 * then the next best, each spot at most once. Each repair records the swap with two characters
 * of context on each side.
 */
export function repairKanaConfusions(text: string, deps: OcrRepairDeps): RepairResult {
  const repairs: Repair[] = [];
  const lines = text.split("\n").map((line) => repairLineKana(line, deps, repairs));
  return { text: repairs.length === 0 ? text : lines.join("\n"), repairs };
}

/**
 * OCR confusion repair: alphanumeric look-alikes by rule (repairAlphanumericConfusions), then
 * kana/kanji look-alikes judged by the tokenizer and lexicon (repairKanaConfusions); every
 * change is made only where clearly better.
 */
export function repairOcrConfusions(text: string, deps: OcrRepairDeps): RepairResult {
  return chainRepairs(text, [repairAlphanumericConfusions, (t) => repairKanaConfusions(t, deps)]);
}

/**
 * A document lexicon for repairOcrConfusions: every token of two or more characters in `texts`.
 * Build it from the other cells of the document, not from the cell being repaired.
 */
export function buildLexicon(texts: Iterable<string>, tokenizer: Tokenizer): Set<string> {
  const lexicon = new Set<string>();
  for (const text of texts) {
    for (const { surface_form: surface } of tokenizer.tokenize(text)) {
      if (surface.length >= MIN_LEXICON_WORD_LENGTH) lexicon.add(surface);
    }
  }
  return lexicon;
}

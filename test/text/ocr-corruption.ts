/** Seeded synthetic OCR corruption of clean text, for testing the OCR repair. */

/** The look-alike sets the corruption draws from; a character is replaced by another of its set. */
export const CORRUPTION_SETS: readonly string[][] = [
  ["ロ", "口"],
  ["カ", "力"],
  ["エ", "工"],
  ["ニ", "二"],
  ["ー", "一"],
  ["タ", "夕"],
  ["ト", "卜"],
  ["ヘ", "へ"],
  ["ハ", "八"],
  ["ソ", "ン"],
  ["シ", "ツ"],
  ["0", "O"],
  ["1", "l", "I"],
  [",", "."],
];

/** mulberry32: a small deterministic PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** The positions of a text's characters that some corruption set contains. */
export function corruptiblePositions(text: string): number[] {
  return [...text].flatMap((ch, i) => (CORRUPTION_SETS.some((set) => set.includes(ch)) ? [i] : []));
}

/** The text with one or two characters (chosen at random) replaced by a look-alike. */
export function corrupt(text: string, random: () => number): string {
  const chars = [...text];
  const positions = corruptiblePositions(text);
  const swaps = positions.length >= 2 && random() < 0.5 ? 2 : 1;
  for (let n = 0; n < swaps; n++) {
    const index = positions.splice(Math.floor(random() * positions.length), 1)[0];
    const ch = index === undefined ? undefined : chars[index];
    const set = CORRUPTION_SETS.find((s) => ch !== undefined && s.includes(ch));
    if (index === undefined || set === undefined) continue;
    chars[index] = pick(set.filter((c) => c !== ch), random);
  }
  return chars.join("");
}

/** `count` distinct items drawn at random (a seeded Fisher–Yates prefix). */
export function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  const copy = [...items];
  for (let i = 0; i < Math.min(count, copy.length); i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, count);
}

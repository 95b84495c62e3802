/**
 * Fewest edits (insert, delete, substitute) turning `word` into some substring of `text` (Sellers' algorithm:
 * edit distance with a free start and end in the text).
 */
export function substringEditDistance(word: string, text: string): number {
  const w = [...word], t = [...text];
  let prev = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= w.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (w[i - 1] === t[j - 1] ? 0 : 1));
    prev = cur;
  }
  return Math.min(...prev);
}

/**
 * Whether an OCR'd header label holds `word` with at most one misread character per three (際成度 for 達成度,
 * 取組伏況 for 取組状況): header text is short and set in a few fixed words, so this rarely meets another label.
 */
export const labelHolds = (label: string, word: string): boolean => substringEditDistance(word, label) <= Math.floor([...word].length / 3);

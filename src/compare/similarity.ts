import { keyText, topicKeyText } from "../profile/record-key.js";
import type { HyoRecord } from "../schema/index.js";

/**
 * Weights of the parts of a record that tell which item it is. The item text names it; the topic and the
 * departments only say where it sits (many items share them), so they weigh less.
 */
const WEIGHTS = { item: 0.6, topic: 0.25, departments: 0.15 } as const;

/** Dice coefficient of character bigrams (a single character counts as one bigram): 1 for equal texts. */
export function bigramDice(a: string, b: string): number {
  if (a === b) return 1;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    if (s.length === 1) m.set(s, 1);
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a), gb = grams(b);
  let shared = 0, total = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** The parts of a record compared, reduced as the key reduces them (no hiragana, punctuation or width differences). */
export interface Comparable { item: string; topic: string; departments: string }

export function comparable(r: Pick<HyoRecord, "item" | "topic" | "departmentsParsed">): Comparable {
  const d = r.departmentsParsed;
  return { item: keyText(r.item), topic: topicKeyText(r.topic), departments: keyText([...d.lead, ...d.related].join(" ")) };
}

/** Similarity of two records, 0–1, and of their items alone. */
export function similarity(a: Comparable, b: Comparable): { score: number; item: number } {
  const item = bigramDice(a.item, b.item);
  const score = WEIGHTS.item * item + WEIGHTS.topic * bigramDice(a.topic, b.topic) + WEIGHTS.departments * bigramDice(a.departments, b.departments);
  return { score, item };
}

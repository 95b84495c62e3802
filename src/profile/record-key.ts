import { createHash } from "node:crypto";

/** A topic's leading marker (①, ⑫ …): a position, renumbered when topics are added or removed. */
const TOPIC_MARKER = /^[\s\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]+|^[(（]?\d+[)）.．、]\s*/u;

/**
 * The text of an item reduced to what survives small rewording between editions: width and compatibility
 * forms folded (NFKC), then only kanji, katakana, Latin letters and digits kept. Hiragana go because
 * Japanese rewording mostly changes okurigana and particles (取り組みの推進 → 取組推進, 見直し → 見直);
 * punctuation, brackets and spaces go because layout and typing habits change them.
 */
export function keyText(text: string): string {
  return text.normalize("NFKC").replace(/[^\p{Script=Han}\p{Script=Katakana}A-Za-z0-9]/gu, "");
}

/** The topic without its position marker (① is renumbered when a topic is added above it). */
export function topicKeyText(topic: string): string {
  return keyText(topic.replace(TOPIC_MARKER, ""));
}

/**
 * A record's stable key: a 12-hex-digit hash of the topic and item texts as `keyText` reduces them. It does
 * not depend on the record's position (basic policy no., topic marker, No.), so an item added above another
 * does not change the other's key, and a reworded particle or okurigana leaves it unchanged. `dedupe` holds
 * the keys given so far in the document: a key seen before gets `(2)`, `(3)`… like the id.
 */
export function recordKey(topic: string, item: string, dedupe: Map<string, number>): string {
  const base = createHash("sha256").update(`${topicKeyText(topic)}\u0000${keyText(item)}`).digest("hex").slice(0, 12);
  const seen = (dedupe.get(base) ?? 0) + 1;
  dedupe.set(base, seen);
  return seen === 1 ? base : `${base}(${seen})`;
}

/**
 * Array helpers that never spread an array into a call: `Math.min(...xs)` and `out.push(...xs)` pass every
 * element as an argument on the stack, and a page with ~100k glyphs, segments or cells overflows it
 * (RangeError: Maximum call stack size exceeded).
 */

/** Smallest value (Infinity for none, as Math.min()). */
export function minOf(values: Iterable<number>): number {
  let m = Infinity;
  for (const v of values) if (v < m || Number.isNaN(v)) m = v;
  return m;
}

/** Largest value (-Infinity for none, as Math.max()). */
export function maxOf(values: Iterable<number>): number {
  let m = -Infinity;
  for (const v of values) if (v > m || Number.isNaN(v)) m = v;
  return m;
}

/** Appends `items` to `target` in place; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** Adds `value` to the list at `key` (created on first use), in place: `map.set(k, [...map.get(k), v])` copies the list each time. */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

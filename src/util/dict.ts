/**
 * An empty object with no prototype, for records keyed by text from the PDF (header labels, record ids): a key
 * such as `constructor` or `__proto__` is then an ordinary own key instead of reaching Object.prototype.
 */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * Names that a plain object or a validator treats specially however it was created (zod rebuilds records as plain
 * objects, where assigning `__proto__` sets the prototype and the key vanishes). A key from text that is one of
 * them is renamed (see its use).
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(["__proto__"]);

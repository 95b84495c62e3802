/**
 * Text from outside (file names, PDF text inside error messages) shown on stderr with its control, bidi and
 * invisible characters escaped: a name with a newline or ESC would otherwise break the one-line error or drive
 * the terminal, and U+202E would make it read backwards.
 */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/gu;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (ch) => NAMED[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

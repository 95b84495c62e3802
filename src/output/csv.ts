/**
 * Spreadsheet formula injection (CWE-1236): a cell starting with = + - @ or a tab/CR is run as a formula by
 * Excel and LibreOffice. Such text cells get a leading apostrophe in CSV (shown as text, the apostrophe hidden);
 * plain numbers (-18.9) stay numbers, and a lone "-" (a table's "no value" mark) is no formula either, so loaders
 * get it as written. records.json keeps the text unchanged; `unescapeCsvField` is the inverse.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i;
const NO_VALUE_MARK = "-";

const isFormulaLike = (s: string): boolean => FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) && s !== NO_VALUE_MARK;
/** Guarded: formula-like text, and text that would read as guarded ('=x) so that unescaping stays exact. */
const needsGuard = (s: string): boolean => isFormulaLike(s.replace(/^'+/, ""));

/** One CSV field per RFC 4180 (quoted when it holds a comma, quote or line break), formula-safe. */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (needsGuard(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A field's text as a CSV parser hands it back → the text hyo wrote (the formula guard's apostrophe removed). */
export function unescapeCsvField(s: string): string {
  return s.startsWith("'") && needsGuard(s.slice(1)) ? s.slice(1) : s;
}

/** CSV text with a header row; CRLF line ends and a BOM so spreadsheet software reads UTF-8 Japanese right. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

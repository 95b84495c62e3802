/**
 * Spreadsheet formula injection (CWE-1236): a cell starting with = + - @ or a tab/CR is run as a formula by
 * Excel and LibreOffice. Such text cells get a leading apostrophe in CSV (shown as text, the apostrophe hidden);
 * plain numbers (-18.9) stay numbers. records.json keeps the text unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i;

/** One CSV field per RFC 4180 (quoted when it holds a comma, quote or line break), formula-safe. */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text with a header row; CRLF line ends and a BOM so spreadsheet software reads UTF-8 Japanese right. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

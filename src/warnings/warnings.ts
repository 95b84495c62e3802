/**
 * Warnings about the document as a whole (a page skipped, OCR that failed, a correction not applied), as data
 * like the records' flags: a system can filter and count them by `code`. Every code is listed here once with what
 * it means; the JSON Schema (schema/warning.ts) and the README's table follow this list.
 * No zod here: convert() makes warnings while the parser thread reads the first pages, before zod is loaded.
 */
export const WARNING_CODES = {
  "pdf/page-unreadable": "a page could not be read (broken page tree or content stream) and was skipped",
  "pdf/page-over-budget": "a page has more drawing operators or path segments, or deeper nested form XObjects, than its budget (--limit page-ops, page-segments, depth) and was skipped",
  "pdf/image-left-out": "an image has more pixels than the image-mp budget: it was left out before being decoded (the page's text and rules are still read)",
  "pdf/user-unit-ignored": "a page's /UserUnit was ignored: the page was read with 1 unit = 1 pt",
  "pdf/page-too-large": "a page is too large to draw at 300 dpi within the image-mp budget: its images (OCR, report, --debug) are drawn smaller, and not OCR'd below 1 pixel per point",
  "ocr/page-limit": "more pages needed OCR than the ocr-pages budget allows: this page and later ones keep their text layer",
  "ocr/page-failed": "OCR could not start, failed or passed its per-page time limit on a page; the page's text layer was used as is",
  "ocr/off-unusable-text": "a page's text layer is missing or broken but OCR is off (--ocr off); the text layer was used as is",
  "profile/generic-fallback": "no profile matched the table headers; the generic profile was used (one record per row)",
  "profile/not-applied": "a table lacks a column the --profile file names; that table's columns are keyed by its own headers",
  "corrections/not-applied": "an entry of the corrections file names an unknown record or field, or a value that field cannot take",
  "text/codes-learned": "a page's fonts have no usable ToUnicode map: their characters were read by OCR of some of their lines and decoded in the text layer's own places (characters read with low confidence, or not at all as 〓, flag their fields)",
  "text/vertical-unread": "a page holds vertical writing (縦書き) that hyo cannot read in order; the records it touches are flagged review/vertical-text",
} as const;

export type WarningCode = keyof typeof WARNING_CODES;
export const WARNING_SEVERITIES = ["error", "warn", "info"] as const;

export interface Warning {
  /** `<stage>/<rule>`, one of WARNING_CODES. */
  readonly code: WarningCode;
  readonly severity: (typeof WARNING_SEVERITIES)[number];
  /** 1-based page number the warning is about. */
  readonly page?: number;
  /** Id of the table (tables.json) the warning is about. */
  readonly table?: string;
  /** What happened, in English. */
  readonly message: string;
  /** What happened, in Japanese. */
  readonly messageJa: string;
}

/** A warning with its keys in a fixed order (page and table only when given), so records.json reads the same each run. */
export function makeWarning(w: Warning): Warning {
  return {
    code: w.code, severity: w.severity,
    ...(w.page !== undefined ? { page: w.page } : {}),
    ...(w.table !== undefined ? { table: w.table } : {}),
    message: w.message, messageJa: w.messageJa,
  };
}

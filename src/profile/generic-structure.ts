import type { TableCell } from "../table/index.js";
import { filled, TOTAL_LABEL, type GridRow } from "./generic-layout.js";

/** What a body row is: a section heading, a total, a record, or the header printed again. */
export type RowKind =
  /** `weak`: a plain label alone in the first cell, which a record with its values missing also looks like. */
  | { readonly kind: "section"; readonly title: string; readonly level: string; readonly weak: boolean }
  | { readonly kind: "total"; readonly label: string; readonly scope: "section" | "table" }
  | { readonly kind: "record" }
  | { readonly kind: "repeated-header" };

/** 小計 and a bare 計 add up a section; 合計, 総計, Total the whole table. */
const SECTION_TOTAL = /^(?:小計|計|subtotal)$/iu;

/**
 * The numbering style of a section title, which tells its level: a title styled like one already open closes it and
 * everything under it (1 総務部 after 1 …; (2) after (1)); a new style opens a level below.
 */
const SECTION_STYLES: readonly [string, RegExp][] = [
  ["chapter", /^第\s*[\d一二三四五六七八九十]+\s*[章節部編款項]/u],
  ["number", /^\d+(?:\s|[.．、)）]\s*)\D/u],
  ["paren", /^[(（]\s*\d+\s*[)）]/u],
  ["circled", /^[①-⑳]/u],
  ["bracket", /^[【［\[〔]/u],
  ["bullet", /^[●■◆◇□○◎・]/u],
  ["katakana", /^[アイウエオカキクケコ][.．、\s]/u],
];

const squash = (s: string): string => s.normalize("NFKC").replace(/\s+/gu, "");

/** Section and total rules a table profile adds to the built-in ones. */
export interface RowRules {
  readonly sectionPatterns: readonly RegExp[];
  /** Total labels, NFKC and without spaces. */
  readonly totalLabels: ReadonlySet<string>;
}
const NO_EXTRA_RULES: RowRules = { sectionPatterns: [], totalLabels: new Set() };

export function sectionLevel(title: string): string {
  return SECTION_STYLES.find(([, re]) => re.test(title.trim()))?.[0] ?? "plain";
}

/**
 * Classifies a body row. A total row's first label is 合計, 小計, 計, 総計 or Total (spaces ignored: 合 計).
 * A section row holds one label and nothing else: one cell spanning most of the table, or a first cell alone.
 * A row repeating the header's labels (NFKC, no spaces; a text table's header printed again on a later page) is not data.
 */
export function classifyRow(r: GridRow, columnCount: number, headerLabels: ReadonlySet<string>, extra: RowRules = NO_EXTRA_RULES): RowKind {
  const cells = filled(r);
  const first = cells[0];
  if (!first) return { kind: "record" };
  const label = squash(first.text);
  if (TOTAL_LABEL.test(label) || extra.totalLabels.has(label)) return { kind: "total", label: first.text.trim(), scope: SECTION_TOTAL.test(label) || label.startsWith("小計") ? "section" : "table" };
  const texts = cells.map((c) => squash(c.text));
  // Every label is one of the header's (its levels may come out on one row when printed again).
  if (texts.length >= 2 && texts.every((t) => headerLabels.has(t))) return { kind: "repeated-header" };
  const level = sectionLevel(first.text);
  const strong = spansTable(first, columnCount) || level !== "plain" || extra.sectionPatterns.some((re) => re.test(first.text.trim()));
  if (cells.length === 1 && columnCount > 1 && (strong || first.col === 0)) {
    return { kind: "section", title: first.text.trim(), level, weak: !strong };
  }
  return { kind: "record" };
}

/** A cell spanning at least half the table's columns is a heading, not a value. */
function spansTable(c: TableCell, columnCount: number): boolean {
  return c.colSpan > 1 && c.colSpan * 2 >= columnCount;
}

/** Open sections, outermost first; a title of a level already open closes that level and the ones below it. */
export class SectionPath {
  private open: { title: string; level: string }[] = [];

  enter(title: string, level: string): void {
    const at = this.open.findIndex((s) => s.level === level);
    if (at >= 0) this.open.length = at;
    this.open.push({ title, level });
  }

  get path(): string[] {
    return this.open.map((s) => s.title);
  }
}

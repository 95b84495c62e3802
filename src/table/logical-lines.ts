import type { Bbox } from "../types/index.js";
import type { CellLine } from "./types.js";
import { minOf } from "../util/arrays.js";

/**
 * Markers that start a logical line: bullets, notes, headings in 【】 [] 〔〕, circled numbers, numbered
 * items. ・ is among them: as a middle dot (中点類) it may not begin a wrapped line (行頭禁則, JIS X 4051),
 * so at a line start it is a bullet.
 */
const MARKER = /^[\s\u3000]*(?:[・･·‧●○◎■□◆◇▼▽★☆※＊*•→⇒]|[【\[〔［《〈]|[\u2460-\u2473\u24EA\u2776-\u277F\u3251-\u325F]|[（(][0-9０-９一二三四五六七八九十]+[)）]|[0-9０-９]+[.．)）]\s)/u;
/** Characters that may not start a line (行頭禁則, and spaces, which stay at the end of the line they follow): a wrap pushes the glyph before them down too. */
const NO_LINE_START = /^[ \u3000·、。，．）)」』】〕〉》\]}%％ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.:：;；!?！？・]/u;
/** Characters that may not end a line (行末禁則): a wrap moves them down with the glyph after them. */
const NO_LINE_END = /^[(（「『【〔\[［〈《<{]/u;
/** A run kept on one line when it can: ASCII words and numbers with their separators and the symbols UAX #14 treats as letters (A=54.0ha). */
const ASCII_WORD = /^[A-Za-z0-9▲△][A-Za-z0-9,.:%/+\-=#&*@_~]*/u;
/** A line that is a heading on its own: 【取組主管課】, [達成目安]. */
const HEADING_LINE = /^[\s\u3000]*[【\[〔［《〈<].*[】\]〕］》〉>][\s\u3000]*$/u;
/** A line that has finished its item: a sentence end, a closing parenthesis, a number with its unit (7,363千円, 78.1%以上). */
const ITEM_END = /(?:[。！？)）】〕\]]|[0-9][0-9,.]*(?:[千万億兆]?円|[%％]|ポイント|件|人|名|回|か所|箇所|事業|施設|団体|社|校|ha|㎡|km|m|年間|か月|日間|時間)(?:以上|以下|未満|程度)?)[\s\u3000]*$/u;
const QUANTITY = String.raw`[▲△]?[0-9][0-9,.]*(?:[千万億兆]?円|[%％]|ポイント|件|人|名|回|か所|箇所|事業|施設|団体|社|校|ha|㎡|km|m|年間|か月|日間|時間)(?:以上|以下|未満|程度)?`;
/** A line of a label–value list (有料広告収入 600千円以上, 計画整備面積累計 A=1524.0ha). */
const LABEL_VALUE_LINE = new RegExp(String.raw`^[^\s、。,，]{1,24}[ \u3000]+(?:[A-Za-z]+=)?${QUANTITY}[\s\u3000]*$`, "u");
/** A "key: value" line (県: 観光資源課長他3人). */
const KEY_VALUE_LINE = /^[^\s:：、。]{1,6}[:：][ \u3000]/u;
const ENDS_WITH_QUANTITY = new RegExp(String.raw`${QUANTITY}[\s\u3000]*$`, "u");
/**
 * A unit the previous line ends without: a number's unit. No writer breaks a line between a number and its unit
 * (15,577.43 / ㎡、), whatever room the line had left: the producer's line breaking did (LibreOffice keeps
 * "㎡、10,478,600円" together, so it moves ㎡ down with what follows). Symbols that begin no word stand alone; a
 * kanji unit (円, 人) must be followed by punctuation or a line end, or it may be the start of a word (人口).
 */
const UNIT_START = /^(?:[㎡㎥㎞㎏㎝㎜℃%％‰]|(?:[千万億兆]?円|人|件|名|回|か所|箇所|ha|km)(?=[\s　、。，．,.)）]|以上|以下|未満|程度|$))/u;
const ENDS_WITH_DIGIT = /[0-9０-９][\s　]*$/u;
/**
 * Room a wrap may leave on its line before the break is in doubt, in ems. A wrap of CJK text leaves less than
 * one em (one glyph did not fit), two glyphs kept together by 禁則 less than two; a line that ends 2.5 ems or more
 * short of its edge was wrapped only if the unit that follows (a number, a Latin word) was moved down whole.
 * Before a number, a writer ends a line as often, to set a value on its own (件数 / 2,708,327件): such a break
 * is read as a wrap and flagged. Before a Latin word (①PDCA…, in a narrow column) it is a wrap.
 */
const LONG_WRAP_ROOM_EM = 2.5;
const STARTS_WITH_NUMBER = /^[\s\u3000]*[▲△(（]?[0-9０-９]/u;
/** Slack for locating the cell's inner edge (rule widths, producers' padding; measured 0.6 pt off in a Chromium PDF), in ems. */
const SLACK_EM = 0.1;

/**
 * Visual lines → logical text: a wrap continues with no space, a real break becomes "\n".
 * A line wrapped only if the next line's first unbreakable unit could not fit in the space left on it:
 * one CJK glyph, an ASCII word kept whole, or two glyphs where line-breaking rules (禁則) pushed one down.
 * A line that ends shorter than that was ended by the writer. So was one that finished its item (a closing parenthesis, a number with its unit) when only a multi-glyph unit
 * would explain a wrap, unless it ends in the space a wrap leaves behind. Lines shaped as list entries start
 * their own logical line even after a full line: "key: value", or label + value after a
 * line that itself ended in a value.
 * A marker starts a logical line, and so does the line after a heading line.
 * The cell's inner right edge: where its text starts plus the cell width less twice the table's usual padding
 * (producers pad symmetrically), or, with no table padding given, the left padding this cell shows, mirrored.
 */
export function linesToText(lines: readonly CellLine[], cell: Bbox, padding?: number): string {
  return readLogicalLines(lines, cell, padding).text;
}

export interface LogicalLines {
  readonly text: string;
  /**
   * Full lines followed by a line starting with a character 行頭禁則 forbids there (、。）ー…): the producer
   * breaks lines without 禁則, so a ・ at a line start is no proof of a bullet anywhere in its table.
   */
  readonly kinsokuViolations: number;
  /** Full lines followed by a ・ line start: a bullet, or — from a producer without 禁則 — a wrapped 中点. */
  readonly bulletsAfterFullLine: number;
  /** Breaks read as wraps that left LONG_WRAP_ROOM_EM or more on their line: as likely the writer's own. */
  readonly longWraps: number;
}

/** Characters whose place at a line start proves no 行頭禁則 was applied (・ is ambiguous: it is also a bullet). */
const PROVES_NO_KINSOKU = /^[、。，．）」』】〕〉》ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ]/u;
const MIDDLE_DOT_START = /^[\s\u3000]*[・･]/u;

/** Open minus closed round brackets in `text`. */
function openBrackets(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(" || ch === "（") depth++;
    else if ((ch === ")" || ch === "）") && depth > 0) depth--;
  }
  return depth;
}

/** As `linesToText`, with the evidence about line breaking that a table-level judgement needs. */
export function readLogicalLines(lines: readonly CellLine[], cell: Bbox, padding?: number): LogicalLines {
  let kinsokuViolations = 0;
  let bulletsAfterFullLine = 0;
  let longWraps = 0;
  if (lines.length === 0) return { text: "", kinsokuViolations, bulletsAfterFullLine, longWraps };
  const textLeft = minOf(lines.map((l) => l.x0));
  // The text block is as wide as the cell less its padding on both sides, from where this cell's text starts:
  // a whole cell drawn a few points off (r2-misaligned) keeps its own right limit.
  const innerRight = padding === undefined ? cell[2] - Math.max(0, textLeft - cell[0]) : textLeft + (cell[2] - cell[0]) - 2 * padding;
  const logical: string[] = [lines[0]!.text];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const cur = lines[i]!;
    const room = innerRight - prev.x1;
    const slack = SLACK_EM * prev.fontSize;
    const unit = firstUnit(cur);
    const couldWrap = room < unit.width + slack;
    const mustWrap = room < unit.firstGlyph + slack;
    // A wrap at a space leaves the space at the end of the line; a writer's line break does not.
    const wrappedAtSpace = /[ \u3000]$/u.test(prev.text);
    const itemEnded = !mustWrap && !wrappedAtSpace && ITEM_END.test(prev.text);
    const listShape = KEY_VALUE_LINE.test(cur.text) || (ENDS_WITH_QUANTITY.test(prev.text) && LABEL_VALUE_LINE.test(cur.text));
    if (mustWrap && PROVES_NO_KINSOKU.test(cur.text.trimStart())) kinsokuViolations++;
    // A ・ inside brackets opened on the full line before and closed on this one is a 中点 (売却・貸付), not a bullet.
    const middleDot = MIDDLE_DOT_START.test(cur.text);
    const inBrackets = middleDot && mustWrap && openBrackets(logical[logical.length - 1]!) > 0 && /[)）]/u.test(cur.text);
    // After a heading line or a sentence end only a bullet can follow: a 中点 joins two words.
    const closed = HEADING_LINE.test(prev.text) || /[。．！？!?】][\s\u3000]*$/u.test(prev.text);
    if (middleDot && mustWrap && !inBrackets && !closed) bulletsAfterFullLine++;
    const unitOfNumber = ENDS_WITH_DIGIT.test(prev.text) && UNIT_START.test(cur.text.trimStart());
    const ended = !unitOfNumber && ((MARKER.test(cur.text) && !inBrackets) || HEADING_LINE.test(prev.text) || !couldWrap || itemEnded || listShape);
    if (ended) { logical.push(cur.text); continue; }
    if (!unitOfNumber && !wrappedAtSpace && STARTS_WITH_NUMBER.test(cur.text) && room >= LONG_WRAP_ROOM_EM * prev.fontSize) longWraps++;
    // A wrap continues with no space; a space the writer left at the end of the wrapped line stays.
    logical[logical.length - 1] += cur.text;
  }
  return { text: logical.map((l) => l.trim()).filter((l) => l !== "").join("\n"), kinsokuViolations, bulletsAfterFullLine, longWraps };
}

/** Half-width voiced marks and combining kana marks belong to the glyph before them. */
const ATTACHED_MARK = /^[\uFF9E\uFF9F\u3099\u309A]$/u;

/** Characters with their advances, marks glued to their base, each with a width-folded form for classifying. */
function clusters(text: string, advances: readonly number[]): { text: string; folded: string; width: number }[] {
  const out: { text: string; folded: string; width: number }[] = [];
  [...text].forEach((ch, i) => {
    const last = out[out.length - 1];
    if (last && ATTACHED_MARK.test(ch)) { last.text += ch; last.width += advances[i] ?? 0; }
    else out.push({ text: ch, folded: "", width: advances[i] ?? 0 });
  });
  // Full-width ASCII, half-width kana: a broken text layer must not change how the line could break.
  for (const c of out) c.folded = c.text.normalize("NFKC").length === 1 ? c.text.normalize("NFKC") : c.text;
  return out;
}

/**
 * Width (points) of what a wrap would have moved to this line — its first unbreakable unit, with the
 * characters that may not start a line glued behind it — and of its first glyph alone.
 */
function firstUnit(line: CellLine): { width: number; firstGlyph: number } {
  const all = clusters(line.text, line.advances);
  const cs = all.slice(all.findIndex((c) => c.text.trim() !== ""));
  if (cs.length === 0) return { width: 0, firstGlyph: 0 };
  const folded = cs.map((c) => c.folded).join("");
  let n = [...(ASCII_WORD.exec(folded)?.[0] ?? "")].length || 1;
  if (NO_LINE_END.test(cs[0]!.folded) && n === 1) n += [...(ASCII_WORD.exec(cs.slice(1).map((c) => c.folded).join(""))?.[0] ?? "")].length || 1;
  while (n < cs.length && NO_LINE_START.test(cs[n]!.folded)) n++;
  return { width: cs.slice(0, n).reduce((s, c) => s + c.width, 0), firstGlyph: cs[0]!.width };
}

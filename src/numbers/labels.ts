import { findEraDates } from "./era.js";

/** Characters that end a noun phrase: punctuation, brackets, relations, list separators, spaces. */
const BOUNDARY = /[、。,;:=()[\]{}「」『』【】〔〕<>≦≧≤≥→⇒/|\n ]/;
const CLOSING_TO_OPENING: Readonly<Record<string, string>> = {
  ")": "(", "]": "[", "}": "{", "」": "「", "』": "『", "】": "【", "〕": "〔",
};
/** Operators left between a label and its number: "ふるさと納税 - (返礼品・送料) 1,263,695千円". */
const OPERATOR = /[-−+=×÷]/;
/** A colon or equals sign introduces the value of the term before it: "H27:54.3%", "A=54.0ha". */
const KEY_MARK = /[:=]/;
/** A one-letter variable between a term and "=": "整備面積 A=54.0ha" measures 整備面積. */
const VARIABLE = /[\s・][A-Za-z]$/;
/** Bullets and note marks that open a line or item. */
const LEADING_MARKS = /^[・●○◎■□◆◇▼▽★☆※*•\-]+/;
/** Hiragana: particles and verb endings, never the head of a municipal term. */
const HIRAGANA = /^[\u3041-\u309f]$/;
/**
 * Particles that may sit between a term and its number (基金残高を96億円, 市税は2.1ポイント), longest first.
 * の is one too, but between two nouns it joins them (一般会計の歳入決算規模) and is kept there.
 */
const PARTICLES = [
  "について", "における", "としての", "として", "によって", "により", "による", "では", "には", "とは",
  "への", "での", "から", "まで", "より", "の", "は", "が", "を", "に", "で", "と", "へ", "も", "や",
];
const NOUN_JOINER = "の";
/** A Gregorian year, fiscal year or month-day at the start of a phrase: 2020年度末…, 4月1日現在… */
const LEADING_GREGORIAN_DATE = /^(?:(?:18|19|20|21)\d{2}年度?)?(?:\d{1,2}月(?:\d{1,2}日)?)?/;
/**
 * Qualifiers after a date that opens a phrase: 令和2年度末基金残高, 平成32年4月1日現在正規職員数, and 比 as in
 * H30年度比 (a baseline, not a term).
 */
const TIME_QUALIFIER = /^(?:末|当初|時点|現在|中|以降|以前|までの|比)/;
/** What may stand between two quantities that measure the same term: 25事業中19事業, 10〜20%, 65.3%→63.1%. */
const CONNECTOR = /^\s*(?:中|のうち|うち|~|〜|-|−|から|→|⇒)\s*$/;
/** A label names something: it has at least one letter (kana, kanji, Latin), not only digits and marks. */
const HAS_LETTER = /\p{L}/u;

const isHiragana = (ch: string | undefined): boolean => ch !== undefined && HIRAGANA.test(ch);

/** What the label finder needs to know about the quantities already read in the text. */
export interface LabelContext {
  /** Start of the logical line holding the quantity. */
  readonly lineStart: number;
  /** End offsets of the quantities before this one, ascending (including any comparator word after them). */
  readonly previousEnds: readonly number[];
}

function skipSpacesBack(t: string, pos: number, floor: number): number {
  while (pos > floor && t[pos - 1] === " ") pos--;
  return pos;
}

/** Offset of the bracket opening the group that closes just before `end`, or -1. */
function openingBracket(t: string, end: number, floor: number): number {
  const close = t[end - 1] ?? "";
  const open = CLOSING_TO_OPENING[close];
  if (open === undefined) return -1;
  let depth = 0;
  for (let p = end - 1; p >= floor; p--) {
    if (t[p] === close) depth++;
    else if (t[p] === open && --depth === 0) return p;
  }
  return -1;
}

/** Strips a particle from the end of [b, e) when a non-hiragana character precedes it (基金残高を). */
function stripTrailingParticles(t: string, b: number, e: number): number {
  for (;;) {
    const particle = PARTICLES.find((p) => e - p.length > b && t.startsWith(p, e - p.length) && !isHiragana(t[e - p.length - 1]));
    if (particle === undefined) return e;
    e -= particle.length;
  }
}

/** Strips particles from the start of [b, e) when a non-hiragana character follows (の男女). */
function stripLeadingParticles(t: string, b: number, e: number): number {
  for (;;) {
    const particle = PARTICLES.find((p) => b + p.length < e && t.startsWith(p, b) && !isHiragana(t[b + p.length]));
    if (particle === undefined) return b;
    b += particle.length;
  }
}

/** Skips a date that opens the phrase, and the time qualifier after it (令和2年度末 → 基金残高). */
function stripLeadingDate(t: string, b: number, e: number): number {
  const phrase = t.slice(b, e);
  const era = findEraDates(phrase)[0];
  const dateLength = era !== undefined && era.span[0] === 0 ? era.span[1] : (LEADING_GREGORIAN_DATE.exec(phrase)?.[0].length ?? 0);
  if (dateLength === 0) return b;
  const qualifier = TIME_QUALIFIER.exec(phrase.slice(dateLength))?.[0].length ?? 0;
  return b + dateLength + qualifier;
}

/**
 * Start of the noun phrase that ends at `e`: the last run of non-hiragana characters, extended over
 * の between nouns (市民の割合), over okurigana inside a compound (伸び率, 取り崩し額: one hiragana that is not
 * a particle), and over a leading hiragana word that is not a particle (ふるさと納税).
 */
function nounPhraseStart(t: string, b: number, e: number): number {
  let start = e;
  while (start > b && !isHiragana(t[start - 1])) start--;
  for (;;) {
    if (start === b) return start;
    let runStart = start;
    while (runStart > b && isHiragana(t[runStart - 1])) runStart--;
    const run = t.slice(runStart, start);
    const joinsNouns = run === NOUN_JOINER || (run.length === 1 && !PARTICLES.includes(run));
    if (joinsNouns && runStart > b) {
      start = runStart;
      while (start > b && !isHiragana(t[start - 1])) start--;
    } else if (runStart === b && !PARTICLES.includes(run)) {
      return b;
    } else {
      return start;
    }
  }
}

/**
 * The term a quantity measures: the nearest noun phrase before it on the same logical line.
 * Bracketed notes and operators between the term and the number are skipped ("普通財産売却額(9件) 16,000千円",
 * "ふるさと納税 - (返礼品・送料) 1,263,695千円"); a key before ":" or "=" is the label, even a date ("H27:54.3%");
 * otherwise bullets, a leading date (令和2年度末…) and particles are dropped; a phrase ending in a verb or adjective
 * (計画する25事業) has no term, so null. A quantity joined to the one before it by 中/うち/〜/→ shares its label.
 * `t` is the half-width text and `labelEnd` where the quantity (with any sign or 約) starts. Returns the
 * [start, end) offsets of the label, "previous" when the quantity shares the label of the one before, or null.
 */
export function findLabel(t: string, labelEnd: number, ctx: LabelContext): readonly [number, number] | "previous" | null {
  const floorAt = (pos: number): number => Math.max(ctx.lineStart, ctx.previousEnds.findLast((end) => end <= pos) ?? 0);
  const floor = floorAt(labelEnd);
  if (CONNECTOR.test(t.slice(floor, labelEnd)) && floor > ctx.lineStart) return "previous";

  let e = skipSpacesBack(t, labelEnd, floor);
  const keyed = KEY_MARK.test(t[e - 1] ?? "") && e > floor;
  if (keyed) {
    e = skipSpacesBack(t, e - 1, floor);
    if (VARIABLE.test(t.slice(floor, e))) e = skipSpacesBack(t, e - 1, floor);
  }
  for (;;) {
    const open = openingBracket(t, e, ctx.lineStart);
    if (open >= 0) e = skipSpacesBack(t, open, ctx.lineStart);
    else if (OPERATOR.test(t[e - 1] ?? "") && e > floorAt(e)) e = skipSpacesBack(t, e - 1, floorAt(e));
    else break;
  }
  const phraseFloor = floorAt(e);
  // A space separates words, not clauses: when the word before the number names nothing (延べ), the term
  // may stand before it (受講者数 延べ 1,200人).
  for (;;) {
    const label = wordLabel(t, e, phraseFloor, keyed);
    const b = wordStart(t, e, phraseFloor);
    if (label !== null || t[b - 1] !== " " || b - 1 <= phraseFloor) return label;
    e = skipSpacesBack(t, b - 1, phraseFloor);
  }
}

/** Start of the word ending at `e`: just after the last boundary (punctuation, bracket, space) before it. */
function wordStart(t: string, e: number, floor: number): number {
  let b = e;
  while (b > floor && !BOUNDARY.test(t[b - 1] ?? "")) b--;
  return b;
}

/** The noun phrase in the word ending at `e`, without bullets, leading date and particles; or null. */
function wordLabel(t: string, end: number, floor: number, keyed: boolean): readonly [number, number] | null {
  let e = end;
  let b = wordStart(t, e, floor);
  b += LEADING_MARKS.exec(t.slice(b, e))?.[0].length ?? 0;
  if (!keyed) b = stripLeadingDate(t, b, e);
  b = stripLeadingParticles(t, b, e);
  e = stripTrailingParticles(t, b, e);
  if (b >= e || isHiragana(t[e - 1])) return null;
  b = nounPhraseStart(t, b, e);
  return HAS_LETTER.test(t.slice(b, e)) ? [b, e] : null;
}

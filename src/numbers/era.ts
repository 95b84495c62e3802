import { isKanjiDigit, isSmallScale, parseKanjiNumeral } from "./kanji-numerals.js";
import { toHalfWidth } from "./width.js";

export type EraName = "明治" | "大正" | "昭和" | "平成" | "令和";

/** Gregorian year of each era's first year (元年). */
export const ERA_FIRST_YEARS: Readonly<Record<EraName, number>> = {
  明治: 1868,
  大正: 1912,
  昭和: 1926,
  平成: 1989,
  令和: 2019,
};

/**
 * One-letter era abbreviations (R2, H27, S63). M and T are left out: as letters before a number they far
 * more often mean a size or an identifier (M3, T2) than 明治 or 大正.
 */
const SHORT_ERAS: Readonly<Record<string, EraName>> = { R: "令和", H: "平成", S: "昭和" };

/** An era word, or a one-letter abbreviation glued to its year and not inside an ASCII word. */
const ERA_MARKER = /(明治|大正|昭和|平成|令和)|(?<![A-Za-z0-9])([RHS])(?=\d|元)/g;

/** Separators between the two ends of a period: 令和2〜6年度, 令和2年度~令和6年度, 令和2年度から令和6年度. */
const RANGE_SEPARATOR = /\s*(?:〜|~|-|−|‐|―|から)\s*/y;

const FIRST_YEAR_WORD = "元";
const LAST_MONTH = 12;
const LAST_DAY = 31;

/** A point in time written with an era: a year, a fiscal year, a month or a day. */
export interface EraPoint {
  readonly era: EraName;
  /** Year within the era (元年 → 1). Years past the era's end are kept: 平成32年 → 32. */
  readonly eraYear: number;
  /** Gregorian year: 令和2年 → 2020; 平成32年 → 2020 (plans written before the era changed). */
  readonly year: number;
  /** True for 年度 (the fiscal year starting in April of `year`). */
  readonly fiscal: boolean;
  readonly month: number | null;
  readonly day: number | null;
  /** ISO 8601 form of what is written: "2020", "2020-04" or "2020-04-01". */
  readonly iso: string;
}

/** An era date found in a text; a period (令和2〜6年度) has an `end`. */
export interface EraDate extends EraPoint {
  readonly raw: string;
  /** [start, end) offsets of `raw` in the text. */
  readonly span: readonly [start: number, end: number];
  /** Last year (or date) of a period, null for a single point. */
  readonly end: EraPoint | null;
}

/** The year part of an era date. */
export type EraYear = Pick<EraPoint, "era" | "eraYear" | "year" | "fiscal">;

interface Reading<T> {
  readonly value: T;
  readonly end: number;
}

/** A small number written in Arabic or kanji digits (2, 32, 十一), or null. */
function readSmallNumber(t: string, pos: number, maxDigits: number): Reading<number> | null {
  const arabic = new RegExp(`\\d{1,${maxDigits}}(?!\\d)`, "y");
  arabic.lastIndex = pos;
  const m = arabic.exec(t);
  if (m !== null) return { value: Number(m[0]), end: pos + m[0].length };
  let end = pos;
  while (isKanjiDigit(t[end]) || isSmallScale(t[end])) end++;
  const value = end > pos ? parseKanjiNumeral(t.slice(pos, end)) : null;
  return value === null ? null : { value, end };
}

function skipSpaces(t: string, pos: number): number {
  while (t[pos] === " ") pos++;
  return pos;
}

function readEraYear(t: string, pos: number): Reading<number> | null {
  const p = skipSpaces(t, pos);
  if (t[p] === FIRST_YEAR_WORD) return { value: 1, end: p + 1 };
  return readSmallNumber(t, p, 2);
}

function isoOf(year: number, month: number | null, day: number | null): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  if (month === null) return String(year);
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

function point(era: EraName, eraYear: number, fiscal: boolean, month: number | null, day: number | null): EraPoint {
  const year = ERA_FIRST_YEARS[era] + eraYear - 1;
  return { era, eraYear, year, fiscal, month, day, iso: isoOf(year, month, day) };
}

/** What follows an era year: 年度, 年[M月[D日]], .M.D, or nothing ("bare", as in R2 or the 2 of 令和2〜6年度). */
interface Tail {
  readonly fiscal: boolean;
  readonly bare: boolean;
  readonly month: number | null;
  readonly day: number | null;
  readonly end: number;
}

function readMonthDay(t: string, pos: number): { month: number | null; day: number | null; end: number } {
  const month = readSmallNumber(t, skipSpaces(t, pos), 2);
  if (month === null || month.value < 1 || month.value > LAST_MONTH) return { month: null, day: null, end: pos };
  const afterMonth = skipSpaces(t, month.end);
  if (t[afterMonth] !== "月") return { month: null, day: null, end: pos };
  const day = readSmallNumber(t, skipSpaces(t, afterMonth + 1), 2);
  const afterDay = day === null ? -1 : skipSpaces(t, day.end);
  if (day === null || day.value < 1 || day.value > LAST_DAY || t[afterDay] !== "日") {
    return { month: month.value, day: null, end: afterMonth + 1 };
  }
  return { month: month.value, day: day.value, end: afterDay + 1 };
}

/** H26.8.29 or R2/4/1: year, month and day separated by dots or slashes. */
const DOTTED_MONTH_DAY = /([./])(\d{1,2})\1(\d{1,2})(?![\d.])/y;

function readTail(t: string, pos: number): Tail {
  const p = skipSpaces(t, pos);
  if (t.startsWith("年度", p)) return { fiscal: true, bare: false, month: null, day: null, end: p + 2 };
  if (t[p] === "年") {
    const md = readMonthDay(t, p + 1);
    return { fiscal: false, bare: false, month: md.month, day: md.day, end: md.month === null ? p + 1 : md.end };
  }
  DOTTED_MONTH_DAY.lastIndex = pos;
  const dotted = DOTTED_MONTH_DAY.exec(t);
  const month = Number(dotted?.[2]);
  const day = Number(dotted?.[3]);
  if (dotted !== null && month >= 1 && month <= LAST_MONTH && day >= 1 && day <= LAST_DAY) {
    return { fiscal: false, bare: false, month, day, end: pos + dotted[0].length };
  }
  return { fiscal: false, bare: true, month: null, day: null, end: pos };
}

interface MarkedPoint {
  readonly point: EraPoint;
  readonly bare: boolean;
  readonly end: number;
}

/** Reads "<era marker><year><tail>" at `pos`, where the marker has already been matched as `marker`. */
function readMarkedPoint(t: string, era: EraName, short: boolean, afterMarker: number): MarkedPoint | null {
  const year = readEraYear(t, afterMarker);
  if (year === null || year.value < 1) return null;
  const tail = readTail(t, year.end);
  // A bare short form must stand alone: R2 or H27: are era years, H2O or S3x are not.
  if (short && tail.bare && /[A-Za-z0-9]/.test(t[tail.end] ?? "")) return null;
  return { point: point(era, year.value, tail.fiscal, tail.month, tail.day), bare: tail.bare, end: tail.end };
}

function matchMarker(t: string, pos: number): { era: EraName; short: boolean; end: number } | null {
  const re = new RegExp(ERA_MARKER.source, "y");
  re.lastIndex = pos;
  const m = re.exec(t);
  if (m === null) return null;
  const era = m[1] !== undefined ? (m[1] as EraName) : SHORT_ERAS[m[2] ?? ""];
  return era === undefined ? null : { era, short: m[1] === undefined, end: pos + m[0].length };
}

/** The end of a period after `pos`: another era date, or a year of the same era with 年/年度 (〜6年度). */
function readRangeEnd(t: string, pos: number, era: EraName): MarkedPoint | null {
  RANGE_SEPARATOR.lastIndex = pos;
  const sep = RANGE_SEPARATOR.exec(t);
  if (sep === null) return null;
  const p = pos + sep[0].length;
  const marker = matchMarker(t, p);
  if (marker !== null) {
    const end = readMarkedPoint(t, marker.era, marker.short, marker.end);
    return end !== null && !end.bare ? end : null;
  }
  const year = readEraYear(t, p);
  if (year === null || year.value < 1) return null;
  const tail = readTail(t, year.end);
  if (tail.bare) return null;
  return { point: point(era, year.value, tail.fiscal, tail.month, tail.day), bare: false, end: tail.end };
}

/**
 * Every era date in `text`: 令和2年度 (fiscal 2020), 平成32年4月1日 (2020-04-01, a year the era never
 * reached, as written in plans made before 2019), 令和元年, R2, H27:, H26.8.29, and periods such as
 * 令和2〜6年度 or 令和2年度~令和6年度 (start 2020, end 2024). Spans refer to `text` as given
 * (full-width digits are accepted).
 */
export function findEraDates(text: string): EraDate[] {
  const t = toHalfWidth(text);
  const dates: EraDate[] = [];
  for (const m of t.matchAll(ERA_MARKER)) {
    const start = m.index;
    if (dates.length > 0 && start < dates[dates.length - 1]!.span[1]) continue; // inside a period already read
    const marker = matchMarker(t, start);
    if (marker === null) continue;
    const first = readMarkedPoint(t, marker.era, marker.short, marker.end);
    if (first === null) continue;
    const last = readRangeEnd(t, first.end, marker.era);
    // 令和2〜6年度: the bare start year takes the kind of year (年度 or 年) written after the end.
    const startPoint =
      last !== null && first.bare
        ? point(marker.era, first.point.eraYear, last.point.fiscal, null, null)
        : first.point;
    const end = last?.end ?? first.end;
    dates.push({ ...startPoint, raw: text.slice(start, end), span: [start, end], end: last?.point ?? null });
  }
  return dates;
}

/** The first era date in `text` (see {@link findEraDates}), or null. */
export function parseEraDate(text: string): EraDate | null {
  return findEraDates(text)[0] ?? null;
}

/** The year of the first era date in `text`: 令和2年度 → { era: 令和, eraYear: 2, year: 2020, fiscal: true }. */
export function parseEraYear(text: string): EraYear | null {
  const date = parseEraDate(text);
  return date === null ? null : { era: date.era, eraYear: date.eraYear, year: date.year, fiscal: date.fiscal };
}

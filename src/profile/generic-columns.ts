import { noValueMark, parseCellNumber, unitInLabel, type UnitSpec } from "./generic-cell-value.js";

/** What a column holds, from its header and its values. */
export type ColumnType = "number" | "percent" | "money" | "count" | "date" | "grade" | "code" | "text";
export const NUMERIC_TYPES: ReadonlySet<ColumnType> = new Set(["number", "percent", "money", "count"]);

export interface ColumnInfo {
  readonly type: ColumnType;
  /** The unit the header gives (（千円）, (%)), else the table's 単位 note for a numeric column; null when neither. */
  readonly unit: UnitSpec | null;
  readonly unitFrom: "header" | "note" | "profile" | null;
}

/** Header words of an identifier column: its numbers are codes, not quantities. */
const CODE_HEADER = /(?:番号|^no\.?$|^№|コード|^id$|記号|整理番号)/iu;
const ERA_OR_DATE = /^(?:(?:令和|平成|昭和)\s*(?:元|\d+)\s*年|\d{4}\s*[年/.-]\s*\d{1,2})/u;
/** A grade or a progress mark: A–E, S, ◎○△×. */
const GRADE = /^(?:[A-ES]|[◎○〇△▲×●□■☆★])$/u;
const SHARE = 0.5;

/**
 * The column's type: a code when its header says so (番号, No., コード); a number when at least half of its
 * filled cells (no-value marks aside) are numbers — percent, money or count by the unit the header, the note or
 * the cells give; a date, a grade or a mark when most cells are; text otherwise.
 */
export function inferColumn(path: readonly string[], values: readonly string[], note: UnitSpec | null): ColumnInfo {
  const header = unitInLabel(path.join(" "));
  const texts = values.map((v) => v.trim()).filter((v) => v !== "" && noValueMark(v) === null);
  const code = path.some((p) => CODE_HEADER.test(p.normalize("NFKC").trim()));
  const numbers = texts.map(parseCellNumber).filter((n) => n !== null);
  if (code) return { type: "code", unit: null, unitFrom: null };
  if (texts.length > 0 && numbers.length / texts.length >= SHARE) {
    const unit = header ?? note;
    const bases = new Set(numbers.map((n) => n.unit?.base ?? unit?.base ?? ""));
    const base = bases.size === 1 ? [...bases][0] : undefined;
    const type: ColumnType = base === "percent" ? "percent" : base === "JPY" ? "money" : base === "count" || base === "person" ? "count" : "number";
    return { type, unit, unitFrom: header ? "header" : note ? "note" : null };
  }
  const most = (re: RegExp) => texts.length > 0 && texts.filter((t) => re.test(t)).length / texts.length > SHARE;
  if (most(ERA_OR_DATE)) return { type: "date", unit: null, unitFrom: null };
  if (most(GRADE)) return { type: "grade", unit: null, unitFrom: null };
  return { type: "text", unit: header, unitFrom: header ? "header" : null };
}

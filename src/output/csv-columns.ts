import type { GenericRecord, HyoRecord, QuantityRow } from "../schema/index.js";

/** Header language of the CSV files: field names (en) or Japanese column names as open-data CSVs use (ja). */
export type CsvHeaders = "en" | "ja";
export const CSV_HEADER_LANGUAGES = ["en", "ja"] as const;

interface Column<T> {
  /** Header with --csv-headers en: the JSON field name. */
  readonly en: string;
  /** Header with --csv-headers ja. */
  readonly ja: string;
  /** What the column holds (README table). */
  readonly about: string;
  readonly value: (row: T) => unknown;
}

/** `field:code` per flag (just `code` for a flag on the whole record), separated by ";" — codes hold no ";". */
export const flagsCell = (flags: readonly { code: string; field?: string }[]): string =>
  flags.map((f) => (f.field === undefined ? f.code : `${f.field}:${f.code}`)).join(";");

const field = <K extends keyof HyoRecord>(key: K, ja: string, about: string): Column<HyoRecord> => ({ en: key, ja, about, value: (r) => r[key] });

/** records.csv of the gyosei-kaikaku profile: one row per record. */
export const RECORD_COLUMNS: readonly Column<HyoRecord>[] = [
  field("id", "ID", "record id, e.g. 1-①-1 (records.json records[].id)"),
  field("key", "キー", "stable across editions: the same item has the same key in every year (records.json records[].key)"),
  field("basicPolicyNo", "基本方針番号", "number of the 基本方針; empty when none"),
  field("basicPolicy", "基本方針", "基本方針, e.g. 財政の健全化"),
  field("direction", "取組の方向性", "the ● row, without ●"),
  field("topic", "取組項目", "e.g. ①歳出構造の見直し"),
  field("no", "No", "No. of the item within its topic; empty when none"),
  field("item", "具体的な取り組み項目", "the item"),
  field("departments", "取組主管課・関係課等", "departments as written"),
  field("futureDirection", "今後の取組方向", "future direction"),
  field("relatedPlans", "関係する計画等", "related plans"),
  field("target", "達成目標", "target"),
  field("plan", "計画（Plan）", "Plan"),
  field("done", "実施内容（Do）", "Do"),
  field("check", "評価（Check）", "Check"),
  field("grade", "取組達成度", "A, B, C or D; empty when missing (flagged)"),
  field("action", "改善（Action）", "Action"),
  field("needsReview", "要確認", "true when a flag is an error or a warning"),
  field("corrected", "修正済み", "true when a reviewer's correction was applied"),
  { en: "flags", ja: "フラグ", about: "the record's flags as field:code (code alone for a flag on the whole record), separated by ;", value: (r) => flagsCell(r.flags) },
];

const qcol = <K extends keyof QuantityRow>(key: K, ja: string, about: string): Column<QuantityRow> => ({ en: key, ja, about, value: (q) => q[key] });

/** quantities.csv: one row per quantity (convert().quantities). */
export const QUANTITY_COLUMNS: readonly Column<QuantityRow>[] = [
  qcol("id", "ID", "the record's id"),
  qcol("field", "項目", "the record field the quantity is in (target, done …)"),
  qcol("label", "指標", "the term the number measures, e.g. 実質公債費比率; empty when none"),
  qcol("raw", "原文", "the quantity as written"),
  qcol("value", "値", "value as written, sign applied"),
  qcol("unit", "単位", "unit as written, without the multiplier"),
  qcol("multiplier", "倍率", "千 → 1000, 億 → 100000000; 1 when none"),
  qcol("normalizedValue", "正規化値", "value × multiplier in the base unit"),
  qcol("normalizedUnit", "正規化単位", "JPY, percent, count, …"),
  qcol("comparator", "比較", "≥ ≤ < > ≈; empty when none"),
  qcol("negative", "負数", "true when written with ▲, △ or a minus"),
  qcol("spanStart", "開始位置", "offset of raw in the field text, UTF-16 code units, 0-based"),
  qcol("spanEnd", "終了位置", "offset just after raw (end exclusive)"),
];

/** The fixed columns of records.csv for generic records; one column per header key follows them. */
export const GENERIC_ID_COLUMNS: readonly Column<GenericRecord>[] = [
  { en: "id", ja: "ID", about: "record id (table id and row)", value: (r) => r.id },
  { en: "table", ja: "表ID", about: "id of the table in tables.json", value: (r) => r.table },
  // " > " joins the levels: " / " already joins a key's header levels.
  { en: "section", ja: "区分", about: "the section rows above the record, outermost first, joined with ` > `; empty when none", value: (r) => (r.section ?? []).join(" > ") },
  { en: "total", ja: "合計行", about: "true for a 合計/小計/計/総計/Total row", value: (r) => r.total ?? false },
  { en: "needsReview", ja: "要確認", about: "true when a flag is an error or a warning", value: (r) => r.needsReview },
  { en: "flags", ja: "フラグ", about: "the record's flags as field:code (code alone for a flag on the whole record), separated by ;", value: (r) => flagsCell(r.flags) },
];

export const header = (cols: readonly { en: string; ja: string }[], lang: CsvHeaders): string[] => cols.map((c) => c[lang]);

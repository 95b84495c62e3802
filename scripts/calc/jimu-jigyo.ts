/** 事務事業評価 table: a two-level header repeated on every page, section rows, 小計 per section and a 合計. */
import { Prng } from "../scan/prng.js";
import type { Sheet, SheetCell, SheetRow } from "./fods.js";
import { formatSigned, typed, type CalcTruth, type TruthRecord, type TruthValue } from "./truth.js";

export interface JimuJigyoSpec {
  readonly fixture: string;
  readonly seed: number;
  /** 令和N: the year before and the year evaluated. */
  readonly year: number;
  readonly minus: string;
  readonly departments: readonly { name: string; divisions: readonly string[]; projects: readonly [string, string, string][] }[];
  /** Index of the section whose 小計 is misprinted (added this much), or null. */
  readonly misprint: { section: number; column: 0 | 1 | 2; delta: number } | null;
  readonly noValueMarks: readonly string[];
  readonly sealed: boolean;
  readonly fontPt: number;
}

/** Base unit of the targets' units that are not counters. */
const BASE_UNITS: Record<string, string> = { 人: "person", m: "metre", 日: "day" };

const GRADES = ["A", "B", "B", "C", "A", "B", "D"];
const DIRECTIONS = ["拡充", "継続", "継続", "改善", "縮小", "継続", "廃止"];

export function jimuJigyo(spec: JimuJigyoSpec): { sheet: Sheet; truth: CalcTruth } {
  const rng = new Prng(spec.seed);
  const moneyHead = "事業費（千円）";
  const y0 = `令和${spec.year - 1}年度決算`;
  const y1 = `令和${spec.year}年度決算`;
  const columns = ["番号", "事業名", "担当課", `${moneyHead} / ${y0}`, `${moneyHead} / ${y1}`, `${moneyHead} / 増減`, "成果指標", "目標値", "実績値", "達成率（%）", "評価", "今後の方向性"];
  const n = columns.length;
  const h = (text: string, extra: Partial<SheetCell> = {}): SheetCell => ({ text, align: "center", ...extra });
  const header: SheetRow[] = [
    { cells: [h("番号", { rowSpan: 2 }), h("事業名", { rowSpan: 2 }), h("担当課", { rowSpan: 2 }), h(moneyHead, { colSpan: 3 }), null, null, h("成果指標", { rowSpan: 2 }), h("目標値", { rowSpan: 2 }), h("実績値", { rowSpan: 2 }), h("達成率（%）", { rowSpan: 2 }), h("評価", { rowSpan: 2 }), h("今後の方向性", { rowSpan: 2 })] },
    { cells: [null, null, null, h(y0), h(y1), h("増減"), null, null, null, null, null, null] },
  ];
  const body: SheetRow[] = [];
  const records: TruthRecord[] = [];
  const sections: string[][] = [];
  const totalMismatches: CalcTruth["totalMismatches"] = [];
  const money = (v: number): TruthValue => typed(v, "円", 1000, "JPY");
  const grand = [0, 0, 0];
  let noValueIndex = 0;
  spec.departments.forEach((dept, d) => {
    const title = `${d + 1} ${dept.name}`;
    sections.push([title]);
    body.push({ cells: [{ text: title, colSpan: n, align: "start" }, ...new Array(n - 1).fill(null)] });
    const sub = [0, 0, 0];
    dept.projects.forEach(([name, indicator, unit], p) => {
      const no = `${d + 1}-${p + 1}`;
      const before = Math.round(rng.range(800, 180000));
      const after = Math.round(before * rng.range(0.78, 1.25));
      const diff = after - before;
      [before, after, diff].forEach((v, k) => { sub[k]! += v; grand[k]! += v; });
      const target = unit === "%" ? Math.round(rng.range(50, 100)) : Math.round(rng.range(20, 5000));
      const missing = rng.next() < 0.12;
      const actual = unit === "%" ? Math.min(100, Math.round(target * rng.range(0.7, 1.2) * 10) / 10) : Math.round(target * rng.range(0.6, 1.3));
      const rate = Math.round((actual / target) * 1000) / 10;
      const mark = spec.noValueMarks[noValueIndex++ % spec.noValueMarks.length]!;
      const fmtQty = (v: number) => `${formatSigned(v, spec.minus, unit === "%" && !Number.isInteger(v) ? 1 : 0)}${unit}`;
      const qty = (v: number): TruthValue => unit === "%" ? typed(v, "%", 1, "percent") : typed(v, unit, 1, BASE_UNITS[unit] ?? "count");
      const fields: Record<string, string> = {
        番号: no, 事業名: name, 担当課: dept.divisions[p % dept.divisions.length]!,
        [columns[3]!]: formatSigned(before, spec.minus), [columns[4]!]: formatSigned(after, spec.minus), [columns[5]!]: formatSigned(diff, spec.minus),
        成果指標: indicator, 目標値: fmtQty(target), 実績値: missing ? mark : fmtQty(actual),
        "達成率（%）": missing ? mark : formatSigned(rate, spec.minus, 1),
        評価: missing ? "―" : GRADES[(d + p) % GRADES.length]!, 今後の方向性: DIRECTIONS[(d * 3 + p) % DIRECTIONS.length]!,
      };
      const values: Record<string, TruthValue> = {
        [columns[3]!]: money(before), [columns[4]!]: money(after), [columns[5]!]: money(diff), 目標値: qty(target),
        実績値: missing ? { noValue: mark } : qty(actual), "達成率（%）": missing ? { noValue: mark } : typed(rate, "%", 1, "percent"),
      };
      records.push({ section: [title], total: false, fields, values });
      body.push({ cells: columns.map((c, k) => ({ text: fields[c]!, align: k >= 3 && k <= 5 || k >= 7 && k <= 9 ? "end" : k === 10 ? "center" : "start" })) });
    });
    const printed = [...sub];
    if (spec.misprint?.section === d) {
      printed[spec.misprint.column]! += spec.misprint.delta;
      totalMismatches.push({ record: records.length, column: columns[3 + spec.misprint.column]!, expected: sub[spec.misprint.column]!, found: printed[spec.misprint.column]! });
    }
    records.push(totalRecord("小計", [title], printed));
  });
  records.push(totalRecord("合計", [], grand));

  function totalRecord(label: string, section: string[], sums: number[]): TruthRecord {
    const fields: Record<string, string> = Object.fromEntries(columns.map((c) => [c, ""]));
    fields.番号 = label;
    const values: Record<string, TruthValue> = {};
    sums.forEach((v, k) => { fields[columns[3 + k]!] = formatSigned(v, spec.minus); values[columns[3 + k]!] = money(v); });
    body.push({ cells: [{ text: label, colSpan: 3, align: "center" }, null, null, ...sums.map((_, k): SheetCell => ({ text: fields[columns[3 + k]!]!, align: "end" })), ...new Array(6).fill(0).map((): SheetCell => ({ text: "" }))] });
    return { section, total: true, fields, values };
  }

  const sheet: Sheet = {
    columnsMm: [13, 46, 22, 22, 22, 20, 34, 18, 18, 15, 10, 16],
    preamble: [{ cells: [{ text: `令和${spec.year}年度 事務事業評価結果一覧`, colSpan: n, borders: "none", bold: true }, ...new Array(n - 1).fill(null)] }, { cells: [{ text: "", borders: "none" }] }],
    header, body, fontPt: spec.fontPt, orientation: "landscape",
  };
  return { sheet, truth: { fixture: spec.fixture, producer: "LibreOffice Calc", sealed: spec.sealed, unitNote: null, columns, sections, records, totalMismatches } };
}

/** Another city's 行政改革 progress table: two section levels, ◎○△× marks per year, an 効果額 合計 misprinted. */
import type { Sheet, SheetCell, SheetRow } from "./fods.js";
import { formatSigned, typed, type CalcTruth, type TruthRecord, type TruthValue } from "./truth.js";

type Item = [title: string, content: string, division: string, target: number | "-", actual: number | "-", marks: [string, string]];

const PLAN: { title: string; groups: { title: string; items: Item[] }[] }[] = [
  { title: "1 行財政運営の効率化", groups: [
    { title: "(1) 事務事業の見直し", items: [
      ["事務事業評価の実施", "全事務事業を対象に評価を行い、予算編成に反映する。", "企画政策課", 12000, 10450, ["○", "◎"]],
      ["補助金の見直し", "終期を設定し、効果の低い補助金を廃止・縮小する。", "財政課", 8500, 9120, ["◎", "◎"]],
      ["公共施設使用料の適正化", "受益者負担の原則に基づき使用料を改定する。", "財政課", 6000, 2300, ["△", "○"]],
      ["窓口業務の民間委託", "市民課窓口の定型業務を委託する。", "市民課", 15000, "-", ["×", "△"]],
    ] },
    { title: "(2) 組織・人事の適正化", items: [
      ["定員適正化計画の推進", "退職者の補充を抑え、職員数を適正化する。", "職員課", 42000, 45800, ["◎", "○"]],
      ["時間外勤務の縮減", "業務の平準化により時間外勤務を縮減する。", "職員課", 9000, 7350, ["○", "○"]],
      ["人事評価制度の運用", "評価結果を処遇に反映する。", "職員課", "-", "-", ["○", "◎"]],
    ] },
  ] },
  { title: "2 市民との協働", groups: [
    { title: "(1) 情報公開の推進", items: [
      ["オープンデータの公開", "統計データを機械判読可能な形式で公開する。", "情報政策課", "-", "-", ["○", "◎"]],
      ["電子申請の拡大", "申請手続のオンライン化を進める。", "情報政策課", 3200, 4100, ["△", "○"]],
    ] },
    { title: "(2) 協働の推進", items: [
      ["指定管理者制度の活用", "公の施設の管理に指定管理者制度を導入する。", "企画政策課", 21000, 19870, ["○", "○"]],
      ["地域づくり交付金の創設", "地区の自主的な取組を支援する。", "市民協働課", "-", "-", ["◎", "×"]],
    ] },
  ] },
];

/** Added to the printed 実績 total: a misprint the total check must catch. */
const MISPRINT = 1000;

export function gyokakuMarks(fixture: string): { sheet: Sheet; truth: CalcTruth } {
  const g = (a: string, b: string) => `${a} / ${b}`;
  const columns = ["番号", "取組項目", "取組内容", "担当課", g("効果額（千円）", "目標"), g("効果額（千円）", "実績"), g("進捗状況", "令和4年度"), g("進捗状況", "令和5年度")];
  const n = columns.length;
  const h = (text: string, extra: Partial<SheetCell> = {}): SheetCell => ({ text, align: "center", ...extra });
  const header: SheetRow[] = [
    { cells: [h("番号", { rowSpan: 2 }), h("取組項目", { rowSpan: 2 }), h("取組内容", { rowSpan: 2 }), h("担当課", { rowSpan: 2 }), h("効果額（千円）", { colSpan: 2 }), null, h("進捗状況", { colSpan: 2 }), null] },
    { cells: [null, null, null, null, h("目標"), h("実績"), h("令和4年度"), h("令和5年度")] },
  ];
  const body: SheetRow[] = [];
  const records: TruthRecord[] = [];
  const sections: string[][] = [];
  const spanning = (text: string): SheetRow => ({ cells: [{ text, colSpan: n, align: "start" }, ...new Array(n - 1).fill(null)] });
  const sums: [number, number] = [0, 0];
  let no = 0;
  for (const top of PLAN) {
    sections.push([top.title]);
    body.push(spanning(top.title));
    for (const group of top.groups) {
      const path = [top.title, group.title];
      sections.push(path);
      body.push(spanning(group.title));
      for (const [title, content, division, target, actual, marks] of group.items) {
        no++;
        const money = (v: number | "-"): [string, TruthValue] => v === "-" ? ["-", { noValue: "-" }] : [formatSigned(v, "▲"), typed(v, "円", 1000, "JPY")];
        const [tText, tVal] = money(target);
        const [aText, aVal] = money(actual);
        if (target !== "-") sums[0] += target;
        if (actual !== "-") sums[1] += actual;
        const fields = { 番号: String(no), 取組項目: title, 取組内容: content, 担当課: division, [columns[4]!]: tText, [columns[5]!]: aText, [columns[6]!]: marks[0], [columns[7]!]: marks[1] };
        records.push({ section: path, total: false, fields, values: { [columns[4]!]: tVal, [columns[5]!]: aVal } });
        body.push({ cells: columns.map((c, k) => ({ text: fields[c]!, align: k === 0 || k >= 6 ? "center" : k >= 4 ? "end" : "start" })) });
      }
    }
  }
  const printed = [sums[0], sums[1] + MISPRINT];
  const totalFields: Record<string, string> = Object.fromEntries(columns.map((c) => [c, ""]));
  totalFields.番号 = "合計";
  totalFields[columns[4]!] = formatSigned(printed[0]!, "▲");
  totalFields[columns[5]!] = formatSigned(printed[1]!, "▲");
  const totalMismatches = [{ record: records.length, column: columns[5]!, expected: sums[1]!, found: printed[1]! }];
  records.push({ section: [], total: true, fields: totalFields, values: { [columns[4]!]: typed(printed[0]!, "円", 1000, "JPY"), [columns[5]!]: typed(printed[1]!, "円", 1000, "JPY") } });
  body.push({ cells: [{ text: "合計", colSpan: 4, align: "center" }, null, null, null, { text: totalFields[columns[4]!]!, align: "end" }, { text: totalFields[columns[5]!]!, align: "end" }, { text: "" }, { text: "" }] });
  const none = (text: string): SheetCell => ({ text, borders: "none" });
  const sheet: Sheet = {
    columnsMm: [12, 48, 82, 26, 22, 22, 20, 20],
    preamble: [{ cells: [{ text: "さくら市行政改革大綱 実施計画 進捗状況", colSpan: n, borders: "none", bold: true }, ...new Array(n - 1).fill(null)] }, { cells: [none("")] }],
    header, body,
    after: [{ cells: [none("")] }, { cells: [{ text: "◎：計画以上　○：計画どおり　△：計画より遅れ　×：未着手", colSpan: 4, borders: "none" }, null, null, null] }],
    fontPt: 9, orientation: "landscape",
  };
  return { sheet, truth: { fixture, producer: "LibreOffice Calc", sealed: false, unitNote: null, columns, sections, records, totalMismatches } };
}

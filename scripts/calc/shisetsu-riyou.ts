/**
 * 公共施設の利用状況 (LibreOffice Writer): 利用者数（人） over two years, 使用料収入 in the 単位：千円 note's unit,
 * 稼働率（%）, 【…】 sections each closed by a 計 row, and a 合計; long enough for the header to repeat on page 2.
 */
import { Prng } from "../scan/prng.js";
import type { Sheet, SheetCell, SheetRow } from "./fods.js";
import { formatSigned, typed, type CalcTruth, type TruthRecord, type TruthValue } from "./truth.js";

const GROUPS: [string, string[]][] = [
  ["【体育施設】", ["総合体育館", "市民プール", "武道館", "陸上競技場", "テニスコート", "野球場", "多目的グラウンド", "弓道場"]],
  ["【文化施設】", ["市民会館", "文化ホール", "美術館", "郷土資料館", "図書館本館", "図書館分館", "生涯学習センター"]],
  ["【福祉施設】", ["老人福祉センター", "児童館", "子育て支援センター", "障がい者福祉センター", "地域交流センター", "ふれあい会館"]],
  ["【観光施設】", ["道の駅", "観光案内所", "キャンプ場", "温泉交流館", "農産物直売所", "森林公園", "歴史民俗館", "花の公園"]],
];

export function shisetsuRiyou(fixture: string): { sheet: Sheet; truth: CalcTruth; title: string; note: string } {
  const rng = new Prng(2024);
  const people = "利用者数（人）";
  const columns = ["施設名", `${people} / 令和4年度`, `${people} / 令和5年度`, "使用料収入", "稼働率（%）"];
  const h = (text: string, extra: Partial<SheetCell> = {}): SheetCell => ({ text, align: "center", ...extra });
  const header: SheetRow[] = [
    { cells: [h("施設名", { rowSpan: 2 }), h(people, { colSpan: 2 }), null, h("使用料収入", { rowSpan: 2 }), h("稼働率（%）", { rowSpan: 2 })] },
    { cells: [null, h("令和4年度"), h("令和5年度"), null, null] },
  ];
  const body: SheetRow[] = [];
  const records: TruthRecord[] = [];
  const sections: string[][] = [];
  const person = (v: number): TruthValue => typed(v, "人", 1, "person");
  const yen = (v: number): TruthValue => typed(v, "円", 1000, "JPY");
  const grand = [0, 0, 0];
  for (const [group, names] of GROUPS) {
    sections.push([group]);
    body.push({ cells: [{ text: group, colSpan: 5, align: "start" }, null, null, null, null] });
    const sub = [0, 0, 0];
    for (const name of names) {
      const a = Math.round(rng.range(1200, 180000));
      const b = Math.round(a * rng.range(0.8, 1.3));
      const fee = rng.next() < 0.15 ? null : Math.round(rng.range(50, 25000));
      const rate = Math.round(rng.range(150, 990)) / 10;
      [a, b, fee ?? 0].forEach((v, k) => { sub[k]! += v; grand[k]! += v; });
      const fields = { 施設名: name, [columns[1]!]: formatSigned(a, "▲"), [columns[2]!]: formatSigned(b, "▲"), 使用料収入: fee === null ? "―" : formatSigned(fee, "▲"), "稼働率（%）": formatSigned(rate, "▲", 1) };
      records.push({ section: [group], total: false, fields, values: { [columns[1]!]: person(a), [columns[2]!]: person(b), 使用料収入: fee === null ? { noValue: "―" } : yen(fee), "稼働率（%）": typed(rate, "%", 1, "percent") } });
      body.push({ cells: columns.map((c, k) => ({ text: fields[c]!, align: k === 0 ? "start" : "end" })) });
    }
    records.push(totalRow("計", [group], sub));
  }
  records.push(totalRow("合計", [], grand));

  function totalRow(label: string, section: string[], sums: number[]): TruthRecord {
    const fields = { 施設名: label, [columns[1]!]: formatSigned(sums[0]!, "▲"), [columns[2]!]: formatSigned(sums[1]!, "▲"), 使用料収入: formatSigned(sums[2]!, "▲"), "稼働率（%）": "" };
    body.push({ cells: columns.map((c, k) => ({ text: fields[c]!, align: k === 0 ? "center" : "end" })) });
    return { section, total: true, fields, values: { [columns[1]!]: person(sums[0]!), [columns[2]!]: person(sums[1]!), 使用料収入: yen(sums[2]!) } };
  }
  const sheet: Sheet = { columnsMm: [58, 32, 32, 32, 26], preamble: [], header, body, fontPt: 14, orientation: "portrait" };
  return { sheet, title: "公共施設の利用状況", note: "（使用料収入 単位：千円）", truth: { fixture, producer: "LibreOffice Writer", sealed: false, unitNote: "単位：千円", columns, sections, records, totalMismatches: [] } };
}

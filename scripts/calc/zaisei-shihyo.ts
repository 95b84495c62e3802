/** 財政指標の推移: horizontal rules only, a 単位：百万円 note above, sections as rows with only their first cell filled. */
import type { Sheet, SheetCell, SheetRow } from "./fods.js";
import { formatSigned, typed, type CalcTruth, type TruthRecord, type TruthValue } from "./truth.js";

type Row = { label: string; values: (number | string)[]; percent?: boolean };

const YEARS = ["令和元年度", "令和2年度", "令和3年度", "令和4年度", "令和5年度"];

/** Strings are "no value" marks; numbers are amounts in 百万円 (or percent for a row labelled （%）). */
const SECTIONS: { title: string; rows: Row[] }[] = [
  { title: "【普通会計】", rows: [
    { label: "歳入総額", values: [41286, 52917, 48733, 47105, 46592] },
    { label: "歳出総額", values: [39874, 51035, 46218, 45329, 45211] },
    { label: "歳入歳出差引", values: [1412, 1882, 2515, 1776, 1381] },
    { label: "翌年度へ繰り越すべき財源", values: [212, 347, 406, 151, 98] },
    { label: "実質収支", values: [1200, 1535, 2109, 1625, 1283] },
    { label: "単年度収支", values: [-118, 335, 574, -484, -342] },
    { label: "積立金取崩し額", values: ["-", "-", 250, "―", 1203] },
    { label: "経常収支比率（%）", values: [91.2, 88.7, 86.4, 90.1, 92.3], percent: true },
    { label: "実質公債費比率（%）", values: [8.3, 7.9, 7.4, 7.1, 6.8], percent: true },
  ] },
  { title: "【公営企業会計】", rows: [
    { label: "水道事業収益", values: [2841, 2806, 2779, 2795, 2810] },
    { label: "下水道事業収益", values: [1967, 1954, "…", 1931, 1925] },
    { label: "病院事業繰入金", values: ["x", "x", 612, 598, 640] },
    { label: "資金不足比率（%）", values: ["-", "-", "-", "-", "-"], percent: true },
  ] },
];

export function zaiseiShihyo(fixture: string): { sheet: Sheet; truth: CalcTruth } {
  const columns = ["区分", ...YEARS];
  const cell = (text: string, align: SheetCell["align"] = "end"): SheetCell => ({ text, align, borders: "horizontal" });
  const header: SheetRow[] = [{ cells: columns.map((c) => cell(c, "center")) }];
  const body: SheetRow[] = [];
  const records: TruthRecord[] = [];
  const sections: string[][] = [];
  for (const s of SECTIONS) {
    sections.push([s.title]);
    body.push({ cells: [cell(s.title, "start"), ...YEARS.map(() => cell(""))] });
    for (const r of s.rows) {
      const texts = r.values.map((v) => typeof v === "string" ? v : formatSigned(v, "△", r.percent ? 1 : 0));
      const fields: Record<string, string> = { 区分: r.label };
      const values: Record<string, TruthValue> = {};
      YEARS.forEach((y, k) => {
        fields[y] = texts[k]!;
        const v = r.values[k]!;
        values[y] = typeof v === "string" ? { noValue: v } : r.percent ? typed(v, "%", 1, "percent") : typed(v, "円", 1e6, "JPY");
      });
      records.push({ section: [s.title], total: false, fields, values });
      body.push({ cells: [cell(r.label, "start"), ...texts.map((t) => cell(t))] });
    }
  }
  const none = (text: string, align: SheetCell["align"] = "start"): SheetCell => ({ text, align, borders: "none" });
  const sheet: Sheet = {
    columnsMm: [62, 24, 24, 24, 24, 24],
    preamble: [
      { cells: [none("主要財政指標の推移"), null, null, null, null, null] },
      { cells: [none(""), none(""), none(""), none(""), none(""), none("単位：百万円", "end")] },
    ],
    header, body,
    after: [{ cells: [none("※ 「－」「―」は該当なし、「…」は未集計、「x」は秘匿。")] }],
    fontPt: 10, orientation: "portrait",
  };
  return { sheet, truth: { fixture, producer: "LibreOffice Calc", sealed: false, unitNote: "単位：百万円", columns, sections, records, totalMismatches: [] } };
}

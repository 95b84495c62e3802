import type { Truth, TruthRow } from "../fixtures/truth.js";
import type { CellStyle, Sheet, SheetCell, SheetRow } from "./calc-sheet.js";

/** One LibreOffice rendering of the 南アルプス市 results table: font, size, widths and which inner rules are missing. */
export interface GyoseiSheetVariant {
  font: string;
  bodyPt: number;
  colWidthsPt: number[];
  marginMm: number;
  /** Data rows (0-based truth index) whose rule between column `col` and `col + 1` is left out. */
  missingRules: { col: number; everyNth: number; offset: number }[];
}

const COLS = 14;
const HEADER_FILL = "#d9d9d9";
const FIELDS = ["no", "item", "departments", "futureDirection", "relatedPlans", "target", "plan", "done", "check", "grade", "action"] as const;
const NO_COL = 3;
const GRADE_COL = 12;

const boxed = { left: true, right: true, top: true, bottom: true };
const open = { left: false, right: false, top: false, bottom: false };

/** The truth laid out as the city's Excel sheet has it, for LibreOffice Calc to print. */
export function gyoseiSheet(truth: Truth, v: GyoseiSheetVariant): Sheet {
  const body = (extra: Partial<CellStyle> = {}): CellStyle => ({ font: v.font, sizePt: v.bodyPt, borders: boxed, ...extra });
  const cell = (lines: string[], style: CellStyle, span: { rowSpan?: number; colSpan?: number } = {}): SheetCell => ({ lines, style, ...span });
  const row = (cells: [number, SheetCell][], heightPt?: number): SheetRow => ({ cells: new Map(cells), heightPt });
  const fy = truth.document.fiscalYear;

  const legend = ["【取組達成度】", ...truth.gradeLegend.flatMap(({ grade, text }) => {
    const [first, ...rest] = text.split("\n");
    return [`${grade}:${first}`, ...rest.map((l) => `　 ${l}`)];
  })];
  const preamble = [
    row([
      [0, cell([truth.document.title], { font: v.font, sizePt: 16, borders: open, wrap: false }, { colSpan: 9 })],
      [9, cell(legend, { font: v.font, sizePt: v.bodyPt, borders: open, wrap: false }, { colSpan: 5, rowSpan: 2 })],
    ], legend.length * v.bodyPt * 1.4 - 18),
    row([[0, cell([`${truth.document.published} ${truth.document.municipality}`], { font: v.font, sizePt: 10, borders: open, wrap: false }, { colSpan: 9 })]], 18),
  ];

  const h = (text: string, span: { rowSpan?: number; colSpan?: number } = {}) =>
    cell([text], body({ align: "center", valign: "middle", fill: HEADER_FILL }), span);
  const header = [
    row([
      [0, h("基本方針", { rowSpan: 2 })], [1, h("取り組みの方針", { rowSpan: 2 })], [2, h("取り組みの項目", { rowSpan: 2 })],
      [3, h("No.", { rowSpan: 2 })], [4, h("具体的な取り組み項目", { rowSpan: 2 })], [5, h("取組主管課・関係課等", { rowSpan: 2 })],
      [6, h("今後の取組方向", { rowSpan: 2 })], [7, h("関係する計画等", { rowSpan: 2 })], [8, h(`${fy}の達成目標`, { rowSpan: 2 })],
      [9, h("計画内容(Plan)")], [10, h("取組状況(Do)")], [11, h("取組工程に対する評価(Check)", { colSpan: 2 })],
      [13, h("見直し、改善事項(Action)", { rowSpan: 2 })],
    ]),
    row([[9, h(`${fy}計画`)], [10, h(`${fy}の取組内容`)], [11, h("評価")], [12, h("取組達成度")]]),
  ];

  // Body rows: a section row per basic policy, a ● direction row per direction, then the data rows; columns 1–3
  // are merged down under them (blank, blank, the topic) as the city's sheet does.
  const rows: SheetRow[] = [];
  const merges: { col: number; start: number; text: string }[] = [];
  const openMerge = (col: number, text = "") => merges.push({ col, start: rows.length, text });
  const merged: { col: number; start: number; end: number; text: string }[] = [];
  const closeMerges = (col: number) => {
    for (const m of merges.filter((m) => m.col >= col)) merged.push({ ...m, end: rows.length });
    merges.splice(0, merges.length, ...merges.filter((m) => m.col < col));
  };
  truth.rows.forEach((r: TruthRow, i) => {
    const prev = truth.rows[i - 1];
    const newPolicy = !prev || prev.basicPolicyNo !== r.basicPolicyNo;
    const newDirection = newPolicy || prev.direction !== r.direction;
    const newTopic = newDirection || prev.topic !== r.topic;
    if (newPolicy) {
      closeMerges(0);
      rows.push(row([[0, cell([`${r.basicPolicyNo} ${r.basicPolicy}`], body({ sizePt: v.bodyPt + 1 }), { colSpan: COLS })]]));
      openMerge(0);
    }
    if (newDirection) {
      closeMerges(1);
      rows.push(row([[1, cell([`●${r.direction}`], body(), { colSpan: COLS - 1 })]]));
      openMerge(1);
    }
    if (newTopic) { closeMerges(2); openMerge(2, r.topic); }
    const ruleMissing = (left: number) => v.missingRules.some((m) => m.col === left && (i + m.offset) % m.everyNth === 0);
    const cells: [number, SheetCell][] = FIELDS.map((f, k) => {
      const col = NO_COL + k;
      const leftOpen = ruleMissing(col - 1);
      const rightOpen = ruleMissing(col);
      const style = body({
        align: col === NO_COL || col === GRADE_COL ? "center" : "start",
        sizePt: col === GRADE_COL ? v.bodyPt + 2 : v.bodyPt,
        borders: { ...boxed, left: !leftOpen, right: !rightOpen },
      });
      const text = String(r[f]);
      return [col, cell(text === "" ? [] : text.split("\n"), style)];
    });
    rows.push(row(cells));
  });
  closeMerges(0);
  for (const m of merged) {
    const first = rows[m.start]!;
    first.cells.set(m.col, { lines: m.text ? m.text.split("\n") : [], style: body(), rowSpan: m.end - m.start });
  }
  return {
    page: { widthMm: 420, heightMm: 297, marginMm: v.marginMm },
    colWidthsPt: v.colWidthsPt,
    preamble,
    header,
    body: rows,
    emptyStyle: body(),
  };
}

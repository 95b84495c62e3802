import { drawPage } from "../fixtures/draw.js";
import { A4_PORTRAIT, createDoc, savePdf } from "../fixtures/pdf-doc.js";
import { makeCell, type Cell } from "../fixtures/table-model.js";
import { Typesetter } from "../fixtures/typesetter.js";

/**
 * A 財政指標 table (indicators × fiscal years) in two editions, for comparing generic tables: the next edition
 * drops the oldest year and adds the newest, revises one figure of a year both hold, renames one indicator
 * (a qualifier added), drops one and adds one, and lists the rows in another order.
 */
interface FinanceTable { title: string; years: string[]; rows: [string, ...string[]][] }

const OLD: FinanceTable = {
  title: "主要財政指標の推移(令和2年度決算)",
  years: ["平成30年度", "令和元年度", "令和2年度"],
  rows: [
    ["財政力指数", "0.52", "0.53", "0.53"],
    ["経常収支比率", "88.9%", "90.1%", "89.4%"],
    ["実質公債費比率", "6.1%", "4.9%", "3.7%"],
    ["将来負担比率", "▲2.3%", "▲10.5%", "▲18.9%"],
    ["実質収支比率", "5.2%", "6.0%", "7.1%"],
    ["地方債現在高", "52,310,442千円", "50,120,918千円", "48,772,305千円"],
    ["基金残高", "101.2億円", "108.5億円", "115.6億円"],
  ],
};

const NEW: FinanceTable = {
  title: "主要財政指標の推移(令和3年度決算)",
  years: ["令和元年度", "令和2年度", "令和3年度"],
  rows: [
    ["財政力指数", "0.53", "0.53", "0.54"],
    ["実質公債費比率", "4.9%", "3.7%", "2.8%"],
    ["将来負担比率", "▲10.5%", "▲18.9%", "▲24.6%"],
    ["経常収支比率", "90.1%", "89.4%", "86.2%"],
    ["実質収支比率(標準財政規模比)", "6.0%", "7.3%", "6.4%"],
    ["基金残高", "108.5億円", "115.6億円", "121.0億円"],
    ["ラスパイレス指数", "98.7", "98.9", "99.1"],
  ],
};

export interface FinanceChanges {
  oldPdf: string; newPdf: string;
  /** Old row label → new row label, for every indicator in both. */
  pairs: { old: string; new: string }[];
  removed: string[];
  added: string[];
  /** Years in both editions, and every cell of those years whose text differs. */
  commonYears: string[];
  changedValues: { row: string; year: string; old: string; new: string }[];
}

const SIZE = 10;

async function drawFinanceTable(t: FinanceTable, file: string, colWidths: number[]): Promise<void> {
  const doc = createDoc(t.title);
  const ts = new Typesetter(doc, { lineHeight: 1.3, padding: 4 });
  const header = ["指標", ...t.years];
  const cells: Cell[] = [
    ...header.map((h, c) => makeCell(0, c, h, SIZE, { align: "center", valign: "middle", fill: "#D9D9D9" })),
    ...t.rows.flatMap((r, i) => r.map((text, c) => makeCell(i + 1, c, text, SIZE, { align: c === 0 ? "left" : "right", valign: "middle" }))),
  ];
  const rowHeights = ts.fitRowHeights(cells, colWidths, t.rows.length + 1, 22);
  drawPage(doc, ts, {
    size: A4_PORTRAIT,
    table: { x: 56, y: 100, colWidths, rowHeights, headerRows: 1, cells },
    rules: { width: 0.75, color: "#000000", paint: "lines", join: true, boxHeader: false },
    runs: [{ text: t.title, x: 56, y: 60, fontSize: 14 }],
  });
  await savePdf(doc, file);
}

/** Draws both editions and returns the truth of their pairing and value changes. */
export async function makeFinanceTables(oldPdf: string, newPdf: string): Promise<FinanceChanges> {
  await drawFinanceTable(OLD, oldPdf, [170, 100, 100, 100]);
  await drawFinanceTable(NEW, newPdf, [190, 95, 95, 95]);
  const base = (s: string) => s.replace(/\(.*\)$/, "");
  const pairs = OLD.rows.flatMap(([o]) => NEW.rows.filter(([n]) => base(n) === o).map(([n]) => ({ old: o, new: n })));
  const commonYears = OLD.years.filter((y) => NEW.years.includes(y));
  const changedValues = pairs.flatMap((p) => commonYears.flatMap((year) => {
    const o = OLD.rows.find((r) => r[0] === p.old)![OLD.years.indexOf(year) + 1]!;
    const n = NEW.rows.find((r) => r[0] === p.new)![NEW.years.indexOf(year) + 1]!;
    return o === n ? [] : [{ row: p.new, year, old: o, new: n }];
  }));
  return {
    oldPdf, newPdf, pairs, commonYears, changedValues,
    removed: OLD.rows.map((r) => r[0]).filter((o) => !pairs.some((p) => p.old === o)),
    added: NEW.rows.map((r) => r[0]).filter((n) => !pairs.some((p) => p.new === n)),
  };
}

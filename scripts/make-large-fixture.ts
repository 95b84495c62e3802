/**
 * fixtures/pdf/large-200p.pdf: a 200-page ruled table (a budget-book-sized document) for the resource bounds:
 * `npx tsx scripts/make-large-fixture.ts`. Needs IPAexGothic (fonts-ipaexfont-gothic) at generation time only.
 */
import { createWriteStream } from "node:fs";
import PDFDocument from "pdfkit";

const FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";
const FIXED_DATE = new Date("2021-11-01T00:00:00Z");
const PAGES = 200, ROWS = 30;
const COLS = [["No.", 36], ["事業名", 150], ["担当課", 90], ["予算額(千円)", 90], ["決算額(千円)", 90], ["執行率", 60]] as const;
const X0 = 40, Y0 = 60, ROW_H = 24;

const doc = new PDFDocument({ size: "A4", margin: 0, info: { CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Producer: "hyo fixtures" } });
doc.pipe(createWriteStream("fixtures/pdf/large-200p.pdf"));
doc.registerFont("g", FONT);
doc.font("g").lineWidth(0.5);
const xs = COLS.reduce<number[]>((a, [, w]) => [...a, a[a.length - 1]! + w], [X0]);
for (let p = 0; p < PAGES; p++) {
  if (p > 0) doc.addPage();
  doc.fontSize(12).text(`令和2年度 事業別決算一覧 (${p + 1}/${PAGES})`, X0, 30, { lineBreak: false });
  for (let r = 0; r <= ROWS + 1; r++) doc.moveTo(X0, Y0 + r * ROW_H).lineTo(xs[xs.length - 1]!, Y0 + r * ROW_H).stroke();
  for (const x of xs) doc.moveTo(x, Y0).lineTo(x, Y0 + (ROWS + 1) * ROW_H).stroke();
  doc.fontSize(8);
  COLS.forEach(([label], c) => doc.text(label, xs[c]! + 3, Y0 + 8, { lineBreak: false }));
  for (let r = 0; r < ROWS; r++) {
    const n = p * ROWS + r + 1, budget = 1000 + ((n * 7919) % 90000), spent = Math.round(budget * (0.6 + ((n * 31) % 40) / 100));
    const cells = [String(n), `第${n}号事業 施設維持管理`, ["財政課", "管財課", "企画課"][n % 3]!, budget.toLocaleString("en-US"), spent.toLocaleString("en-US"), `${((100 * spent) / budget).toFixed(1)}%`];
    cells.forEach((t, c) => doc.text(t, xs[c]! + 3, Y0 + (r + 1) * ROW_H + 8, { lineBreak: false }));
  }
}
doc.end();

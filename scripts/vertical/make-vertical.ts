/**
 * fixtures/pdf/vertical-cells.pdf: a ruled 新旧対照表-like table (the 官報's layout) whose body cells hold vertical
 * writing (縦書き) — columns of glyphs read top to bottom, columns right to left — drawn glyph by glyph with a
 * horizontal font as cairo draws the 官報, next to a cell of one vertical column and a row of horizontal text.
 * Writes fixtures/pdf/vertical-cells.truth.json: each cell's text in reading order, how it is written and in how
 * many vertical columns.
 *
 *   npx tsx scripts/vertical/make-vertical.ts      (needs fonts-ipaexfont-gothic, generation only)
 */
import { writeFileSync } from "node:fs";
import PDFDocument from "pdfkit";

const OUT = "fixtures/pdf/vertical-cells.pdf";
const TRUTH = "fixtures/pdf/vertical-cells.truth.json";
const FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";
const SIZE = 10;
/** Vertical lines 1.6 em apart, as the 官報 sets them. */
const COLUMN_PITCH = 16;

interface Cell { readonly text: string; readonly writing: "horizontal" | "vertical"; readonly box: readonly [number, number, number, number] }

const X = [60, 300, 540];
const Y = [60, 90, 300, 360];
const CELLS: Cell[] = [
  { text: "改正後", writing: "horizontal", box: [X[0]!, Y[0]!, X[1]!, Y[1]!] },
  { text: "改正前", writing: "horizontal", box: [X[1]!, Y[0]!, X[2]!, Y[1]!] },
  // Several columns: read right to left, each top to bottom.
  { text: "第十二条 医薬品の製造販売業者は 厚生労働省令で定めるところにより 品質管理の基準を遵守しなければならない", writing: "vertical", box: [X[0]!, Y[1]!, X[1]!, Y[2]!] },
  { text: "第十二条 医薬品の製造販売業者は 品質管理の基準を遵守しなければならない", writing: "vertical", box: [X[1]!, Y[1]!, X[2]!, Y[2]!] },
  { text: "附則", writing: "horizontal", box: [X[0]!, Y[2]!, X[1]!, Y[3]!] },
  // One column only: read in order even as horizontal lines.
  { text: "施行期日", writing: "vertical", box: [X[1]!, Y[2]! + 3, X[2]!, Y[3]!] },
];

/** Draws the cell's text in columns right to left; returns how many columns it took. */
function drawVertical(doc: PDFKit.PDFDocument, cell: Cell): number {
  const [x0, y0, x1, y1] = cell.box;
  const perColumn = Math.floor((y1 - y0 - 8) / SIZE);
  const words = cell.text.split(" ");
  let col = 0;
  for (const word of words) {
    for (let start = 0; start < word.length; start += perColumn, col++) {
      [...word.slice(start, start + perColumn)].forEach((ch, i) => {
        doc.text(ch, x1 - 8 - SIZE - col * COLUMN_PITCH, y0 + 4 + i * SIZE, { lineBreak: false });
      });
    }
  }
  if (x1 - 8 - SIZE - (col - 1) * COLUMN_PITCH < x0) throw new Error(`cell text too long: ${cell.text}`);
  return col;
}

export async function makeVerticalFixture(): Promise<string> {
  const doc = new PDFDocument({ size: "A4", margin: 0, info: { Title: "vertical-cells", CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.registerFont("body", FONT);
  doc.font("body").fontSize(SIZE).lineWidth(0.5);
  for (const y of Y) doc.moveTo(X[0]!, y).lineTo(X[2]!, y);
  for (const x of X) doc.moveTo(x, Y[0]!).lineTo(x, Y[3]!);
  doc.stroke();
  const columns = CELLS.map((cell) => {
    if (cell.writing === "vertical") return drawVertical(doc, cell);
    doc.text(cell.text, cell.box[0] + 4, cell.box[1] + 8, { lineBreak: false });
    return 0;
  });
  doc.end();
  await done;
  writeFileSync(OUT, Buffer.concat(chunks));
  writeFileSync(TRUTH, `${JSON.stringify({ cells: CELLS.map(({ text, writing, box }, i) => ({ text: text.replace(/ /g, ""), writing, columns: columns[i], box })) }, null, 2)}\n`);
  return `${OUT}: ${CELLS.length} cells, ${CELLS.filter((c) => c.writing === "vertical").length} in vertical writing`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await makeVerticalFixture());

/**
 * Bad-input fixtures for the CLI tests: an encrypted PDF and a PDF with text but no table.
 * Run by `npm run fixtures`; needs IPAexGothic (Debian: fonts-ipaexfont-gothic) at generation time only.
 */
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import PDFDocument from "pdfkit";

const FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";
const FIXED_DATE = new Date("2021-11-01T00:00:00Z");

function write(file: string, options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<void> {
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Producer: "hyo fixtures" }, ...options });
  const done = new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file);
    out.on("finish", resolve);
    out.on("error", reject);
    doc.pipe(out);
  });
  doc.registerFont("g", FONT);
  doc.font("g");
  draw(doc);
  doc.end();
  return done;
}

export async function makeBadInputs(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await write(`${dir}/encrypted.pdf`, { userPassword: "hyo-secret", ownerPassword: "hyo-owner" }, (doc) => {
    doc.fontSize(12).text("この文書はパスワードで保護されています。");
  });
  await write(`${dir}/no-table.pdf`, {}, (doc) => {
    doc.fontSize(16).text("お知らせ");
    doc.fontSize(10).text("本市の行政改革の取組結果は、別紙のとおり公表します。表はこの文書には含まれていません。");
  });
}



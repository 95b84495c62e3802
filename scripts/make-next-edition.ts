/**
 * Derives next-year editions of the sample from its truth and prints them, for `hyo compare`'s tests.
 *
 *   npx tsx scripts/make-next-edition.ts
 *
 * Each edition is what a city's next report looks like: a few items removed and added, items and department
 * names reworded, one item moved to another topic, every measured number changed (some ▲), grades reshuffled,
 * the next fiscal year, printed in IPAex Mincho with other column widths so the page breaks fall elsewhere.
 * Writes for each: the edition's truth (same format as fixtures/gyosei-kaikaku-r2.truth.json), the truth of
 * the pairing and of every change (`*.changes.json`), and the PDF.
 *
 * Also a 財政指標 table in two editions (fixtures/compare/zaisei-r2.pdf, zaisei-r3.pdf, zaisei.changes.json) for
 * comparing generic tables.
 *
 * The second edition (seed 7, fixtures/compare/sealed/) is kept apart: nothing was tuned on it, and its
 * figures are reported on their own. Needs fonts-ipaexfont-mincho; output is deterministic.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { drawPage } from "./fixtures/draw.js";
import { layoutGyosei } from "./fixtures/gyosei-layout.js";
import { R2_LINES, type GyoseiVariant } from "./fixtures/gyosei-variants.js";
import { createDoc, savePdf } from "./fixtures/pdf-doc.js";
import { loadTruth, type Truth } from "./fixtures/truth.js";
import { Typesetter } from "./fixtures/typesetter.js";
import { unambiguousWidths } from "./fixtures/unambiguous-widths.js";
import { deriveEdition, type EditionSpec } from "./next-edition/derive.js";
import { makeFinanceTables } from "./next-edition/finance-tables.js";

const MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf";
const R3_DOCUMENT: Truth["document"] = {
  title: "第3次南アルプス市行政改革実施計画取組み結果(令和3年度)",
  municipality: "南アルプス市",
  published: "令和4年11月",
  fiscalYear: "令和3年度",
};

interface Edition {
  spec: EditionSpec;
  variant: GyoseiVariant;
  oldPdf: string;
  truthFile: string;
  changesFile: string;
}

const EDITIONS: Edition[] = [
  {
    spec: { seed: 20221101, document: R3_DOCUMENT, removed: 3, added: 3, rewordedKana: 2, rewordedWords: 4, renames: 3, regradeShare: 0.35, negatives: 1 },
    variant: {
      ...R2_LINES,
      file: "fixtures/pdf/r3-mincho.pdf",
      colWidths: [24, 34, 50, 22, 86, 74, 116, 52, 124, 124, 140, 130, 32, 126],
      fontSizes: { ...R2_LINES.fontSizes, body: 10, header: 9, shrunk: 8.5 },
      typesetting: { lineHeight: 1.4, padding: 3 },
      rules: { ...R2_LINES.rules, width: 0.4 },
      // Hand-set breaks before some topics, as the r2 document has them (11 pages, like r2-lines, for the timing).
      pageStarts: [9, 18, 27],
    },
    oldPdf: "fixtures/pdf/r2-lines.pdf",
    truthFile: "fixtures/compare/r3.truth.json",
    changesFile: "fixtures/compare/r2-r3.changes.json",
  },
  {
    spec: { seed: 7, document: R3_DOCUMENT, removed: 2, added: 4, rewordedKana: 2, rewordedWords: 4, renames: 3, regradeShare: 0.45 },
    variant: {
      ...R2_LINES,
      file: "fixtures/compare/sealed/r3-sealed.pdf",
      colWidths: [20, 28, 44, 20, 92, 80, 110, 48, 132, 120, 150, 124, 30, 120],
      fontSizes: { ...R2_LINES.fontSizes, body: 7.5, header: 7.5, shrunk: 6.5 },
      typesetting: { lineHeight: 1.35, padding: 2 },
      rules: { ...R2_LINES.rules, width: 0.7, paint: "rects", join: true },
      pageStarts: [],
    },
    oldPdf: "fixtures/pdf/r2-rects.pdf",
    truthFile: "fixtures/compare/sealed/r3-sealed.truth.json",
    changesFile: "fixtures/compare/sealed/r2-r3-sealed.changes.json",
  },
];

async function main(): Promise<void> {
  const old = loadTruth("fixtures/gyosei-kaikaku-r2.truth.json");
  for (const e of EDITIONS) {
    const { truth, changes } = deriveEdition(old, e.spec, {
      oldTruth: "fixtures/gyosei-kaikaku-r2.truth.json", newTruth: e.truthFile, oldPdf: e.oldPdf, newPdf: e.variant.file,
    });
    writeJson(e.truthFile, truth);
    writeJson(e.changesFile, changes);
    const doc = createDoc(truth.document.title, MINCHO);
    const ts = new Typesetter(doc, e.variant.typesetting);
    const variant = { ...e.variant, colWidths: unambiguousWidths(truth, e.variant, ts) };
    const layout = layoutGyosei(truth, variant, ts);
    for (const page of layout.pages) drawPage(doc, ts, page);
    await savePdf(doc, variant.file);
    console.log(`${variant.file}: ${layout.pages.length} pages, ${truth.rows.length} rows (${changes.pairs.length} kept, ${changes.removed.length} removed, ${changes.added.length} added)`);
  }
  const finance = await makeFinanceTables("fixtures/compare/zaisei-r2.pdf", "fixtures/compare/zaisei-r3.pdf");
  writeJson("fixtures/compare/zaisei.changes.json", finance);
  console.log(`fixtures/compare/zaisei-r2.pdf, zaisei-r3.pdf: ${finance.pairs.length} indicators in both, ${finance.changedValues.length} revised figure(s)`);
}

function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 1) + "\n");
}

await main();

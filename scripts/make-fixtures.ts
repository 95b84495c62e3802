/**
 * Generates the fixture PDFs that the table engine is tested against.
 *
 *   npm run fixtures        (= npx tsx scripts/make-fixtures.ts)
 *
 * Needs the IPAexGothic font at /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf
 * (Debian/Ubuntu: apt-get install fonts-ipaexfont-gothic). Only generation needs it: the PDFs embed
 * a subset and are committed.
 *
 * Writes:
 *   fixtures/pdf/r2-lines.pdf, r2-rects.pdf, r2-a4.pdf — fixtures/gyosei-kaikaku-r2.truth.json drawn
 *     like the published Excel export 「第3次南アルプス市行政改革実施計画取組み結果」, three ways.
 *   fixtures/pdf/unit/<name>.pdf + fixtures/unit/<name>.expected.json — small tables for unit tests,
 *     each with the grid it draws as its expected result.
 *   fixtures/pdf/r2-kangxi.pdf — r2-lines' look with a broken text layer in many cells (scripts/kangxi/).
 *   fixtures/pdf/r2-misaligned.pdf — missing inner rules, overflow, shifted text (scripts/misaligned/).
 *   fixtures/pdf/r2-defects.pdf + .injected.json — problems a reviewer must be pointed at (scripts/defects/).
 *   fixtures/pdf/crafted-cells.pdf, huge-cells.pdf — hostile cell texts, 5,000 cells, a 10,000-character cell (scripts/crafted/).
 *   fixtures/bad/encrypted.pdf, no-table.pdf — bad inputs for the CLI tests.
 *   fixtures/pdf/r2-scan.pdf, r2-scan-300.pdf — image-only "scans" of r2-lines and r2-chromium for OCR (scripts/scan/).
 *   fixtures/pdf/r2-nounicode.pdf, r2-chromium-nounicode.pdf — the same looks without ToUnicode maps (scripts/nounicode/).
 *   fixtures/pdf/japan1-cid.pdf — InDesign's Adobe-Japan1 CID fonts with incomplete ToUnicode maps (scripts/cid-japan1/).
 *   fixtures/pdf/vertical-cells.pdf — a 新旧対照表 with cells in vertical writing (scripts/vertical/).
 *
 * Column widths are nudged so that no hard line break is drawn exactly like a wrap (unrecoverable by any
 * reader; see fixtures/unambiguous-widths.ts).
 *
 * Output is deterministic (fixed metadata dates), so a rerun gives byte-identical files.
 */
import { drawPage } from "./fixtures/draw.js";
import { layoutGyosei } from "./fixtures/gyosei-layout.js";
import { GYOSEI_VARIANTS } from "./fixtures/gyosei-variants.js";
import { createDoc, savePdf } from "./fixtures/pdf-doc.js";
import { loadTruth } from "./fixtures/truth.js";
import { Typesetter } from "./fixtures/typesetter.js";
import { unambiguousWidths } from "./fixtures/unambiguous-widths.js";
import { makeJapan1CidFixture } from "./cid-japan1/make-japan1-cid.js";
import { makeVerticalFixture } from "./vertical/make-vertical.js";
import { makeKangxiFixture } from "./kangxi/make-kangxi.js";
import { makeBadInputs } from "./make-bad-inputs.js";
import { makeCraftedFixture, makeHugeCellsFixture } from "./crafted/make-crafted.js";
import { makeDefectsFixture } from "./defects/make-defects.js";
import { makeMisalignedFixture } from "./misaligned/make-misaligned.js";
import { makeNoUnicodeFixtures } from "./nounicode/make-nounicode.js";
import { makeScanFixtures } from "./scan/make-scan.js";
import { writeUnitFixtures } from "./fixtures/unit-fixtures.js";

const TRUTH_PATH = "fixtures/gyosei-kaikaku-r2.truth.json";

async function main(): Promise<void> {
  const truth = loadTruth(TRUTH_PATH);
  for (const base of GYOSEI_VARIANTS) {
    const doc = createDoc(truth.document.title);
    const ts = new Typesetter(doc, base.typesetting);
    const variant = { ...base, colWidths: unambiguousWidths(truth, base, ts) };
    const layout = layoutGyosei(truth, variant, ts);
    if (layout.splitTopics.length === 0) throw new Error(`${variant.file}: no topic is cut by a page break`);
    for (const page of layout.pages) drawPage(doc, ts, page);
    await savePdf(doc, variant.file);
    console.log(
      `${variant.file}: ${layout.pages.length} pages, pages start at rows ${layout.pageStarts.map((i) => i + 1).join(",")}; ` +
        `topics cut: ${layout.splitTopics.join(", ")}; shrunk: ${layout.shrunkCells.join(", ")}`,
    );
  }
  console.log(await makeKangxiFixture(truth));
  console.log(await makeMisalignedFixture(truth));
  console.log(await makeDefectsFixture(truth));
  console.log(await makeCraftedFixture(truth));
  console.log(await makeHugeCellsFixture());
  for (const written of await writeUnitFixtures()) console.log(written);
  await makeBadInputs("fixtures/bad");
  console.log("fixtures/bad/encrypted.pdf, fixtures/bad/no-table.pdf");
  for (const line of await makeScanFixtures()) console.log(line);
  for (const line of makeNoUnicodeFixtures()) console.log(line);
  console.log(await makeJapan1CidFixture());
  console.log(await makeVerticalFixture());
}

await main();

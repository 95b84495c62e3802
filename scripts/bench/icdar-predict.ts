/**
 * Predictions for the ICDAR 2013 table competition (whole pages: hyo finds the tables itself), one JSON per
 * PDF in the format of /work/shared/bench/score_icdar.py.
 *
 *   npx tsx scripts/bench/icdar-predict.ts <icdar dir> <out dir>
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openPdf } from "../../src/pdf/load.js";
import { readPage } from "../../src/pdf/read-page.js";
import { findTables } from "../../src/table/index.js";
import { toIcdarTable, type IcdarTable } from "../../src/table/to-icdar.js";

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error("usage: npx tsx scripts/bench/icdar-predict.ts <icdar dir> <out dir>");
  process.exit(2);
}
mkdirSync(out, { recursive: true });

// eu-009a.pdf carries both alternative ground truths (009a, 009b); the scorer looks up <stem>.json for each.
for (const file of readdirSync(dir).filter((f) => /^eu-.*\.pdf$/u.test(f)).sort()) {
  const started = performance.now();
  const pdf = await openPdf(new Uint8Array(readFileSync(path.join(dir, file))));
  const tables: IcdarTable[] = [];
  try {
    for (let p = 1; p <= pdf.pageCount; p++) {
      const page = await readPage(pdf, p);
      tables.push(...findTables(page).tables.map((t) => toIcdarTable(t, page.height)));
    }
  } finally {
    await pdf.close();
  }
  const elapsed_s = (performance.now() - started) / 1000;
  writeFileSync(path.join(out, file.replace(/\.pdf$/u, ".json")), JSON.stringify({ elapsed_s, tables }, null, 1));
  console.log(`${file}: ${tables.length} tables, ${elapsed_s.toFixed(2)} s`);
}

/**
 * What hyo makes of a PDF's text layer, page by page: the verdict (usable / broken / none), which fonts were
 * re-decoded through their character collection, and the page's text, for checking a document by eye or with grep.
 *
 *   npx tsx scripts/text-layer-report.ts some.pdf [--text]
 */
import { readFileSync } from "node:fs";
import { openPdf, readPage } from "../src/pdf/index.js";

const [file, ...flags] = process.argv.slice(2);
if (!file) {
  console.error("usage: text-layer-report.ts file.pdf [--text]");
  process.exit(2);
}
const started = performance.now();
const pdf = await openPdf(readFileSync(file), { forDrawing: false });
const verdicts = new Map<string, number>();
try {
  for (let pageNo = 1; pageNo <= pdf.pageCount; pageNo++) {
    const page = await readPage(pdf, pageNo);
    verdicts.set(page.quality.verdict, (verdicts.get(page.quality.verdict) ?? 0) + 1);
    console.log(`page ${pageNo}: ${page.quality.verdict} — ${page.quality.reason}`);
    if (flags.includes("--text")) for (const r of page.runs) console.log(`  ${r.text}`);
  }
} finally {
  await pdf.close();
}
console.log(`${[...verdicts].map(([v, n]) => `${n} ${v}`).join(", ")} in ${((performance.now() - started) / 1000).toFixed(2)} s`);

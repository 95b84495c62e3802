/**
 * "Broken text layer" fixtures: PDFs that look exactly like their source but whose fonts have no /ToUnicode map,
 * like many municipal PDFs. pdf.js then falls back to the raw character codes: for these Identity-H CID fonts
 * that is the glyph id (pdfkit's subset: U+0001, U+0002, … in order of first use; Skia keeps the full font's
 * glyph ids, so Latin, Hebrew/Arabic, Indic, Thai… code points), and for Skia's Type 3 fonts the /gNN glyph
 * names — mojibake without a single kana or kanji. (pdftotext recovers a few kanji of the Skia file from the
 * embedded font's cmap.)
 *
 *   npx tsx scripts/nounicode/make-nounicode.ts
 *
 * Writes:
 *   fixtures/pdf/r2-nounicode.pdf          — r2-lines.pdf (pdfkit) without its ToUnicode map.
 *   fixtures/pdf/r2-chromium-nounicode.pdf — r2-chromium.pdf (Skia, tagged; all 8 pages) without its ten.
 *
 * Only the font dictionaries' /ToUnicode entries and the CMap streams they pointed to are removed; every
 * other object is copied byte for byte, so pages render the same. Needs only Node.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { readClassicPdf, writeClassicPdf, type ClassicPdf } from "./classic-pdf.js";

const FIXTURES: ReadonlyArray<{ source: string; out: string }> = [
  { source: "fixtures/pdf/r2-lines.pdf", out: "fixtures/pdf/r2-nounicode.pdf" },
  { source: "fixtures/pdf/r2-chromium.pdf", out: "fixtures/pdf/r2-chromium-nounicode.pdf" },
  // LibreOffice's TrueType subsets (another producer, not looked at while the code learning was built).
  { source: "fixtures/pdf/lo-calc-gothic.pdf", out: "fixtures/pdf/lo-nounicode-gothic.pdf" },
  // Sealed: only its summary figures are read (README, "Sealed fixtures").
  { source: "fixtures/pdf/lo-calc-mincho.pdf", out: "fixtures/pdf/lo-nounicode-mincho-sealed.pdf" },
];

const TO_UNICODE = /\s*\/ToUnicode\s+(\d+)\s+\d+\s+R/g;

/** Writes both fixtures; returns a summary line for each. */
export function makeNoUnicodeFixtures(): string[] {
  return FIXTURES.map(({ source, out }) => {
    const pdf = readClassicPdf(readFileSync(source));
    const removed = stripToUnicode(pdf);
    writeFileSync(out, writeClassicPdf(pdf));
    return `${out}: ${source} without /ToUnicode in ${removed} fonts`;
  });
}

/** Drops every /ToUnicode entry and the streams it referred to; returns how many fonts lost one. */
function stripToUnicode(pdf: ClassicPdf): number {
  const cmaps = new Set<number>();
  for (const [num, text] of pdf.objects) {
    // Only the dictionary before a stream's data is searched: the data is binary.
    const dictEnd = streamStart(text);
    const dict = text.slice(0, dictEnd).replace(TO_UNICODE, (_, ref: string) => {
      cmaps.add(Number(ref));
      return "";
    });
    pdf.objects.set(num, dict + text.slice(dictEnd));
  }
  for (const num of cmaps) pdf.objects.delete(num);
  for (const [num, text] of pdf.objects) {
    const dict = text.slice(0, streamStart(text));
    for (const ref of cmaps) {
      if (new RegExp(`\\b${ref}\\s+\\d+\\s+R\\b`).test(dict)) throw new Error(`object ${num} still refers to CMap ${ref}`);
    }
  }
  return cmaps.size;
}

function streamStart(objectText: string): number {
  const at = objectText.search(/stream\r?\n/);
  return at < 0 ? objectText.length : at;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of makeNoUnicodeFixtures()) console.log(line);
}

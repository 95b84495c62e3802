/**
 * Crafted PDFs of a few KB that an attacker, or an unlucky city's software, could hand to hyo: bombs that inflate
 * to GBs, pages that are large but valid, absurd page geometry, and names and texts aimed at the outputs. Each
 * carries a small ruled table (Helvetica, ASCII) so that what goes wrong is the crafted part. See issue 19 and
 * test/hostile/ for what each must give.
 */
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { constants, deflateRawSync, deflateSync } from "node:zlib";
import { lzwOfRepeated } from "./lzw-encode.js";
import { HELVETICA, RawPdf, sampleRows, tableContent } from "./raw-pdf.js";

const MIB = 1 << 20;

/**
 * A zlib stream that inflates to `times` MiB of `byte`, built from one sync-flushed MiB repeated (blocks never
 * refer back across a flush) and closed by an empty final block and the Adler-32 of the whole: ~1 KB per MiB.
 */
function zlibOfRepeated(byte: number, times: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(MIB, byte), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const n = BigInt(times) * BigInt(MIB), c = BigInt(byte), mod = 65521n;
  const a = (1n + n * c) % mod;
  const b = (n + (c * n * (n + 1n)) / 2n) % mod;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(Number((b << 16n) | a));
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: times }, () => chunk), Buffer.from([0x03, 0x00]), adler]);
}

interface PageSpec {
  readonly content: string | Buffer;
  readonly contentFilter?: string;
  /** Extra content streams after the first (already encoded), with their filter. */
  readonly more?: readonly { readonly data: Buffer; readonly filter: string }[];
  readonly resources?: string;
  readonly mediaBox?: string;
  readonly extra?: string;
}

/** A document of the given pages; `/F1` is Helvetica unless the page's resources say otherwise. */
function document(pages: readonly PageSpec[], fontDict = HELVETICA): Buffer {
  const pdf = new RawPdf();
  const catalog = pdf.reserve(), tree = pdf.reserve();
  const font = pdf.add(fontDict);
  const kids = pages.map((p) => {
    const first = pdf.stream(p.contentFilter ? `/Filter ${p.contentFilter}` : "", Buffer.isBuffer(p.content) ? p.content : Buffer.from(p.content, "latin1"));
    const more = (p.more ?? []).map((m) => pdf.stream(`/Filter ${m.filter}`, m.data));
    const contents = more.length ? `[${[first, ...more].map((n) => `${n} 0 R`).join(" ")}]` : `${first} 0 R`;
    return pdf.add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox ${p.mediaBox ?? "[0 0 595 842]"} /Resources ${p.resources ?? `<< /Font << /F1 ${font} 0 R >> >>`} /Contents ${contents} ${p.extra ?? ""}>>`);
  });
  pdf.set(catalog, `<< /Type /Catalog /Pages ${tree} 0 R >>`);
  pdf.set(tree, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`);
  return pdf.build(catalog);
}

const table = (rows = 8) => tableContent({ x: 50, top: 800, colWidth: 120, rowHeight: 16, cells: sampleRows(rows) });

/** Content stream of 4 GiB of spaces, deflated twice (~5 KB): pdfjs inflates it whole while it parses the page. */
function flateBomb(): Buffer {
  return document([{ content: table(), more: [{ data: deflateSync(zlibOfRepeated(0x20, 4096), { level: 9 }), filter: "[/FlateDecode /FlateDecode]" }] }]);
}

/** Content stream of 4 GiB of spaces, LZW-encoded (2,560× smaller) then deflated: a few KB. */
function lzwBomb(): Buffer {
  return document([{ content: table(), more: [{ data: deflateSync(lzwOfRepeated(0x20, 4 * 1024 * MIB), { level: 9 }), filter: "[/FlateDecode /LZWDecode]" }] }]);
}

/** Content stream of 1 GiB of spaces, run-length encoded (2 bytes a run of 128) then deflated: a few KB. */
function runLengthBomb(): Buffer {
  const runs = Buffer.alloc(16 * MIB);
  for (let i = 0; i < runs.length; i += 2) { runs[i] = 129; runs[i + 1] = 0x20; }
  return document([{ content: table(), more: [{ data: deflateSync(runs, { level: 9 }), filter: "[/FlateDecode /RunLengthDecode]" }] }]);
}

/** A 32768×32768 RGB image (3 GiB of white pixels, deflated twice) drawn over the table page. */
function imageBomb(): Buffer {
  const pdf = new RawPdf();
  const catalog = pdf.reserve(), tree = pdf.reserve();
  const font = pdf.add(HELVETICA);
  const image = pdf.stream("/Type /XObject /Subtype /Image /Width 32768 /Height 32768 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter [/FlateDecode /FlateDecode]", deflateSync(zlibOfRepeated(0xff, 3072), { level: 9 }));
  const content = pdf.stream("", Buffer.from(`q 100 0 0 100 400 50 cm /Im1 Do Q\n${table()}`, "latin1"));
  const page = pdf.add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> /Contents ${content} 0 R >>`);
  pdf.set(catalog, `<< /Type /Catalog /Pages ${tree} 0 R >>`);
  pdf.set(tree, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  return pdf.build(catalog);
}

/** Helvetica with a ToUnicode CMap of 128 ranges of 2^24 codes each (pdfjs's per-range cap): 2 billion entries. */
function toUnicodeRange(): Buffer {
  const ranges = Array.from({ length: 128 }, (_, i) => `<${i.toString(16).padStart(2, "0")}000000> <${i.toString(16).padStart(2, "0")}ffffff> <0041>`);
  const cmap = [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CMapName /Hostile def /CMapType 2 def",
    "1 begincodespacerange <00000000> <ffffffff> endcodespacerange",
    `64 beginbfrange\n${ranges.slice(0, 64).join("\n")}\nendbfrange`,
    `64 beginbfrange\n${ranges.slice(64).join("\n")}\nendbfrange`,
    "endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
  const pdf = new RawPdf();
  const catalog = pdf.reserve(), tree = pdf.reserve();
  const toUnicode = pdf.stream("", Buffer.from(cmap, "latin1"));
  const font = pdf.add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode ${toUnicode} 0 R >>`);
  const content = pdf.stream("", Buffer.from(table(), "latin1"));
  const page = pdf.add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`);
  pdf.set(catalog, `<< /Type /Catalog /Pages ${tree} 0 R >>`);
  pdf.set(tree, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  return pdf.build(catalog);
}

/** A 400×400 ruled grid (801 lines, 6 pt apart) with a header row and a number in every 20th row: a few KB deflated. */
function grid400(): Buffer {
  const n = 400, step = 6, x0 = 20, top = 2420;
  const ops = ["0 0 0 RG 0.2 w"];
  for (let i = 0; i <= n; i++) ops.push(`${x0} ${top - i * step} m ${x0 + n * step} ${top - i * step} l S`, `${x0 + i * step} ${top} m ${x0 + i * step} ${top - n * step} l S`);
  ops.push("BT /F1 3 Tf");
  for (let c = 0; c < n; c++) ops.push(`1 0 0 1 ${x0 + c * step + 0.2} ${top - step + 0.4} Tm (H${c % 10}) Tj`);
  for (let r = 1; r < n; r += 20) ops.push(`1 0 0 1 ${x0 + 0.2} ${top - (r + 1) * step + 0.4} Tm (${r}) Tj`);
  ops.push("ET");
  return document([{ content: deflateSync(Buffer.from(ops.join("\n"), "latin1"), { level: 9 }), contentFilter: "/FlateDecode", mediaBox: "[0 0 2440 2440]" }]);
}

/** The table, and 200,000 one-glyph lines below it (400 columns × 500 rows of 0.8 pt glyphs). */
function glyphLines(): Buffer {
  const ops = [table(4), "BT /F1 0.8 Tf"];
  // Relative moves repeat one line of operators: the stream deflates to a few KB.
  for (let row = 0; row < 500; row++) {
    ops.push(`1 0 0 1 20 ${700 - row * 1.3} Tm`);
    for (let col = 0; col < 400; col++) ops.push("(x) Tj 1.4 0 Td");
  }
  ops.push("ET");
  return document([{ content: deflateSync(Buffer.from(ops.join("\n"), "latin1"), { level: 9 }), contentFilter: "/FlateDecode", mediaBox: "[0 0 595 1400]" }]);
}

/** The table, and one stroked path of 200,000 segments below it (back and forth over one line: deflates to nothing). */
function longPath(): Buffer {
  const ops = [table(4), "0.1 w 20 600 m"];
  for (let i = 1; i <= 100_000; i++) ops.push("520 600 l 20 600 l");
  ops.push("S");
  return document([{ content: deflateSync(Buffer.from(ops.join("\n"), "latin1"), { level: 9 }), contentFilter: "/FlateDecode" }]);
}

/** Page 1: the table inside `depth` nested form XObjects; page 2: the table drawn plainly. */
export function nestedXObjects(depth = 10_000): Buffer {
  const pdf = new RawPdf();
  const catalog = pdf.reserve(), tree = pdf.reserve();
  const font = pdf.add(HELVETICA);
  const forms = Array.from({ length: depth }, () => pdf.reserve());
  forms.forEach((n, i) => {
    const last = i === depth - 1;
    const body = last ? table() : "/X Do";
    const res = last ? `<</Font<</F1 ${font} 0 R>>>>` : `<</XObject<</X ${forms[i + 1]} 0 R>>>>`;
    pdf.set(n, Buffer.from(`<</Subtype/Form/BBox[0 0 595 842]/Resources${res}/Length ${body.length}>>stream\n${body}\nendstream`, "latin1"));
  });
  const c1 = pdf.stream("", Buffer.from("/X Do", "latin1"));
  const c2 = pdf.stream("", Buffer.from(table(), "latin1"));
  const p1 = pdf.add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X ${forms[0]} 0 R >> >> /Contents ${c1} 0 R >>`);
  const p2 = pdf.add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${c2} 0 R >>`);
  pdf.set(catalog, `<< /Type /Catalog /Pages ${tree} 0 R >>`);
  pdf.set(tree, `<< /Type /Pages /Kids [${p1} 0 R ${p2} 0 R] /Count 2 >>`);
  return pdf.buildPacked(catalog, new Set([catalog, tree, font, p1, p2]));
}

/** The table on page 1, then 10,000 blank pages (page dictionaries packed in an object stream: a few KB). */
function blankPages(count = 10_000): Buffer {
  const pdf = new RawPdf();
  const catalog = pdf.reserve(), tree = pdf.reserve();
  const font = pdf.add(HELVETICA);
  const content = pdf.stream("", Buffer.from(table(), "latin1"));
  const first = pdf.add(`<< /Type /Page /Parent ${tree} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`);
  const blanks = Array.from({ length: count }, () => pdf.add(`<< /Type /Page /Parent ${tree} 0 R >>`));
  pdf.set(catalog, `<< /Type /Catalog /Pages ${tree} 0 R >>`);
  pdf.set(tree, `<< /Type /Pages /MediaBox [0 0 595 842] /Kids [${[first, ...blanks].map((k) => `${k} 0 R`).join(" ")}] /Count ${count + 1} >>`);
  return pdf.buildPacked(catalog, new Set([catalog, tree, font, first, ...blanks]));
}

/** The table on a page 10^9 pt square (~350 km): drawing it at any useful resolution is impossible. */
function hugeMediaBox(): Buffer {
  return document([{ content: table(), mediaBox: "[0 0 1000000000 1000000000]" }]);
}

/** 14 rows on a page whose /UserUnit is 75000 (1 unit = 26 m): coordinates beyond float precision once scaled. */
function userUnit(): Buffer {
  return document([{ content: table(14), extra: "/UserUnit 75000 " }]);
}

/** A generic table whose headers are names of Object.prototype. */
function protoHeader(): Buffer {
  const rows = [["__proto__", "constructor", "toString", "name"], ...Array.from({ length: 6 }, (_, i) => [`p${i}`, `c${i}`, `t${i}`, `n${i}`])];
  return document([{ content: tableContent({ x: 50, top: 800, colWidth: 120, rowHeight: 16, cells: rows }) }]);
}

/**
 * A title drawn in a font whose ToUnicode maps codes 1–4 to U+202E (right-to-left override), U+200B (zero-width
 * space), U+200D (zero-width joiner) and U+0007 (bell), sprinkled through it.
 */
function bidiTitle(): Buffer {
  const cmap = [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Hostile def /CMapType 2 def",
    "1 begincodespacerange <00> <ff> endcodespacerange",
    "4 beginbfchar <01> <202E> <02> <200B> <03> <200D> <04> <0007> endbfchar",
    "1 beginbfrange <20> <7e> <0020> endbfrange",
    "endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
  const pdf = new RawPdf();
  const catalog = pdf.reserve(), tree = pdf.reserve();
  const font = pdf.add(HELVETICA);
  const toUnicode = pdf.stream("", Buffer.from(cmap, "latin1"));
  const titleFont = pdf.add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode ${toUnicode} 0 R >>`);
  const content = pdf.stream("", Buffer.from(`BT /F2 20 Tf 1 0 0 1 50 815 Tm (\x01Annual\x02 Re\x03port\x04 2020) Tj ET\nBT /F1 8 Tf 1 0 0 1 450 815 Tm (March 2021) Tj ET\n${table()}`, "latin1"));
  const page = pdf.add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R /F2 ${titleFont} 0 R >> >> /Contents ${content} 0 R >>`);
  pdf.set(catalog, `<< /Type /Catalog /Pages ${tree} 0 R >>`);
  pdf.set(tree, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  return pdf.build(catalog);
}

/** A plain file of the same kind, the control for the others. */
function plain(): Buffer {
  return document([{ content: table() }]);
}

export const HOSTILE_FIXTURES: Record<string, () => Buffer> = {
  "plain.pdf": plain,
  "flate-bomb.pdf": flateBomb,
  "lzw-bomb.pdf": lzwBomb,
  "runlength-bomb.pdf": runLengthBomb,
  "image-bomb.pdf": imageBomb,
  "tounicode-range.pdf": toUnicodeRange,
  "grid-400.pdf": grid400,
  "glyph-lines-200k.pdf": glyphLines,
  "path-200k.pdf": longPath,
  "nested-xobjects.pdf": () => nestedXObjects(),
  "nested-xobjects-100.pdf": () => nestedXObjects(100),
  "blank-pages.pdf": () => blankPages(),
  "mediabox-1e9.pdf": hugeMediaBox,
  "userunit-75000.pdf": userUnit,
  "proto-header.pdf": protoHeader,
  "bidi-title.pdf": bidiTitle,
};

export async function makeHostileFixtures(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, make] of Object.entries(HOSTILE_FIXTURES)) {
    const file = path.join(dir, name);
    await writeFile(file, make());
    written.push(file);
  }
  return written;
}

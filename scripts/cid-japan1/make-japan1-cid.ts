/**
 * fixtures/pdf/japan1-cid.pdf: the font set-up of InDesign's ministry documents (国土交通白書) on a small ruled
 * table. Three fonts, all Type0 / Identity-H:
 *   - body (IPAexGothic): pdfkit's own subset, full ToUnicode — reads fine;
 *   - heading (IPAexMincho): rewritten as a CID font of the Adobe-Japan1 collection — its codes are Japan1 CIDs
 *     (CIDSystemInfo Adobe-Japan1-6, a CIDToGIDMap from CID to the subset's glyph), with a ToUnicode map that
 *     covers the digits only, as InDesign writes them; pdfjs gives every other code as itself (mojibake);
 *   - note (Droid Sans Fallback): the same CID rewrite and no ToUnicode at
 *     all, which pdfjs decodes through the collection by itself.
 * Writes the PDF and fixtures/pdf/japan1-cid.truth.json (each line drawn, with its font role).
 *
 *   npx tsx scripts/cid-japan1/make-japan1-cid.ts      (needs fonts-ipaexfont-gothic, -mincho and fonts-droid-fallback, generation only)
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import PDFDocument from "pdfkit";
import { collectionToUnicode } from "../../src/pdf/cid/collection-unicode.js";
import { readClassicPdf, writeClassicPdf, type ClassicPdf } from "../nounicode/classic-pdf.js";

const OUT = "fixtures/pdf/japan1-cid.pdf";
const TRUTH = "fixtures/pdf/japan1-cid.truth.json";
const BODY_FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";
const HEADING_FONT = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf";
const NOTE_FONT = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

type Role = "heading" | "body" | "note";
interface Line { readonly role: Role; readonly text: string; readonly x: number; readonly y: number; readonly size: number }

const TITLE = "図表Ⅰ-1-1-15　建設業における時間外労働規制（令和6年4月～）";
const HEADER = ["区分", "令和5年度", "令和6年度"];
const ROWS = [["建設業", "1,234", "▲56"], ["運輸業", "7,890", "12"], ["合計", "9,124", "▲44"]];
// Droid Sans Fallback has no ASCII digits: the note writes its numbers in kanji.
const NOTE = "（注）国土交通省資料により作成。四週八休の割合は約一割";

/** Lines and rules of the page (points, top-left origin as pdfkit draws). */
function layout(): { lines: Line[]; grid: { x: number[]; y: number[] } } {
  const x = [60, 200, 340, 480];
  const y = [110, 135, 160, 185, 210];
  const lines: Line[] = [{ role: "heading", text: TITLE, x: 60, y: 70, size: 12 }];
  HEADER.forEach((t, c) => lines.push({ role: "heading", text: t, x: x[c]! + 6, y: y[0]! + 7, size: 10 }));
  ROWS.forEach((row, r) => row.forEach((t, c) => lines.push({ role: c === 0 ? "heading" : "body", text: t, x: x[c]! + 6, y: y[r + 1]! + 7, size: 10 })));
  lines.push({ role: "note", text: NOTE, x: 60, y: 225, size: 9 });
  return { lines, grid: { x, y } };
}

async function drawWithPdfkit(lines: readonly Line[], grid: { x: number[]; y: number[] }): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", compress: false, margin: 0, info: { Title: "japan1-cid", CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.registerFont("body", BODY_FONT);
  doc.registerFont("heading", HEADING_FONT);
  doc.registerFont("note", NOTE_FONT);
  doc.lineWidth(0.5);
  const [x0, x1] = [grid.x[0]!, grid.x[grid.x.length - 1]!], [y0, y1] = [grid.y[0]!, grid.y[grid.y.length - 1]!];
  for (const y of grid.y) doc.moveTo(x0, y).lineTo(x1, y);
  for (const x of grid.x) doc.moveTo(x, y0).lineTo(x, y1);
  doc.stroke();
  for (const l of lines) doc.font(l.role).fontSize(l.size).text(l.text, l.x, l.y, { lineBreak: false });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** Unicode → the lowest Adobe-Japan1 CID that maps to it. */
function japan1Cids(): Map<string, number> {
  const byChar = new Map<string, number>();
  for (const [cid, ch] of collectionToUnicode("Adobe-Japan1")) if (!byChar.has(ch) || byChar.get(ch)! > cid) byChar.set(ch, cid);
  return byChar;
}

/** Subset glyph id → Unicode, from pdfkit's ToUnicode CMap (bfrange lines `<lo> <hi> [<u> …]` or `<lo> <hi> <u>`). */
function gidToUnicode(cmap: string): Map<number, string> {
  const out = new Map<number, string>();
  const hex = (h: string) => String.fromCharCode(...(h.match(/..../g) ?? []).map((q) => parseInt(q, 16)));
  for (const m of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
    [...m[3]!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((u, i) => out.set(parseInt(m[1]!, 16) + i, hex(u[1]!)));
  }
  for (const m of cmap.replace(/\[[^\]]*\]/g, "").matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
    for (let g = parseInt(m[1]!, 16), k = 0; g <= parseInt(m[2]!, 16); g++, k++) out.set(g, String.fromCharCode(parseInt(m[3]!, 16) + k));
  }
  return out;
}

const objNum = (ref: string | undefined): number => Number(ref?.trim().split(/\s+/)[0]);
const streamOf = (obj: string): string => obj.slice(obj.indexOf("stream") + "stream".length, obj.lastIndexOf("endstream")).replace(/^\r?\n/, "");
const withStream = (obj: string, dict: string, data: string): string =>
  `${/^\d+ \d+ obj/.exec(obj)![0]}\n${dict.replace(/\/Length \d+/, `/Length ${Buffer.byteLength(data, "latin1")}`)}\nstream\n${data}\nendstream\nendobj`;
const dictOf = (obj: string): string => obj.slice(obj.indexOf("<<"), obj.indexOf("stream") >= 0 ? obj.indexOf("stream") : obj.lastIndexOf("endobj")).trim();

/**
 * Rewrites the Type0 font object `fontNum` as a Japan1 CID font: content codes become CIDs, W and CIDToGIDMap are
 * keyed by CID, CIDSystemInfo names Adobe-Japan1; its ToUnicode keeps only the digits, or goes.
 */
function toJapan1(pdf: ClassicPdf, fontNum: number, resourceName: string, keepToUnicode: (ch: string) => boolean): void {
  const type0 = pdf.objects.get(fontNum)!;
  const descendantNum = objNum(/\/DescendantFonts\s*\[\s*(\d+ \d+ R)/.exec(type0)?.[1]);
  const toUnicodeNum = objNum(/\/ToUnicode\s+(\d+ \d+ R)/.exec(type0)?.[1]);
  const gids = gidToUnicode(streamOf(pdf.objects.get(toUnicodeNum)!));
  const cidOf = japan1Cids();
  const gidToCid = new Map<number, number>([[0, 0]]); // .notdef stays CID 0
  for (const [gid, ch] of gids) {
    if (gid === 0) continue; // .notdef
    const cid = cidOf.get(ch);
    if (cid === undefined) throw new Error(`${ch} has no Adobe-Japan1 CID`);
    gidToCid.set(gid, cid);
  }
  // Content streams: hex strings shown while this font is selected get CID codes.
  for (const [num, obj] of pdf.objects) {
    if (!/\bstream\b/.test(obj) || !/\bTf\b/.test(obj)) continue;
    let current = "";
    const data = streamOf(obj).replace(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>/g, (all, font: string | undefined, hex: string | undefined) => {
      if (font) { current = font; return all; }
      if (current !== resourceName || hex === undefined) return all;
      return `<${(hex.match(/..../g) ?? []).map((h) => gidToCid.get(parseInt(h, 16))!.toString(16).padStart(4, "0")).join("")}>`;
    });
    pdf.objects.set(num, withStream(obj, dictOf(obj), data));
  }
  // Widths by CID, and the CID → glyph map the font needs now that codes are not glyph ids.
  const descendant = pdf.objects.get(descendantNum)!;
  const widths = (/\/W\s*\[\s*0\s*\[([^\]]*)\]/.exec(descendant)?.[1] ?? "").trim().split(/\s+/).map(Number);
  const w = [...gidToCid].sort((a, b) => a[1] - b[1]).map(([gid, cid]) => `${cid} [${widths[gid]}]`).join(" ");
  const maxCid = Math.max(...gidToCid.values());
  const map = Buffer.alloc((maxCid + 1) * 2);
  for (const [gid, cid] of gidToCid) map.writeUInt16BE(gid, cid * 2);
  const mapNum = pdf.size;
  const packed = deflateSync(map).toString("latin1");
  pdf.objects.set(mapNum, `${mapNum} 0 obj\n<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n${packed}\nendstream\nendobj`);
  const rewritten = descendant
    .replace(/\/CIDSystemInfo\s*<<[^>]*>>/, "/CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >>")
    .replace(/\/W\s*\[\s*0\s*\[[^\]]*\]\s*\]/, `/W [${w}]`)
    .replace(/\/CIDToGIDMap\s*\/Identity/, `/CIDToGIDMap ${mapNum} 0 R`);
  pdf.objects.set(descendantNum, rewritten);
  // ToUnicode: the kept characters only (InDesign: digits), or none at all.
  const kept = [...gidToCid].filter(([gid]) => keepToUnicode(gids.get(gid)!)).map(([gid, cid]) =>
    `<${cid.toString(16).padStart(4, "0")}> <${gids.get(gid)!.charCodeAt(0).toString(16).padStart(4, "0")}>`);
  if (kept.length > 0) {
    const cmap = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${kept.length} beginbfchar\n${kept.join("\n")}\nendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
    pdf.objects.set(toUnicodeNum, withStream(pdf.objects.get(toUnicodeNum)!, dictOf(pdf.objects.get(toUnicodeNum)!), cmap));
  } else {
    pdf.objects.delete(toUnicodeNum);
    pdf.objects.set(fontNum, type0.replace(/\s*\/ToUnicode\s+\d+ \d+ R/, ""));
  }
  (pdf as { size: number }).size = mapNum + 1;
}

/** Resource name and object number of each font the page uses, by subset's BaseFont order of registration. */
function fontResources(pdf: ClassicPdf): { name: string; num: number; baseFont: string }[] {
  const out: { name: string; num: number; baseFont: string }[] = [];
  for (const obj of pdf.objects.values()) {
    const fonts = /\/Font\s*<<([^>]*)>>/.exec(obj)?.[1];
    if (!fonts) continue;
    for (const m of fonts.matchAll(/\/(\w+)\s+(\d+) \d+ R/g)) {
      const num = Number(m[2]);
      const baseFont = /\/BaseFont\s*\/(\S+)/.exec(pdf.objects.get(num)!)?.[1] ?? "";
      if (!out.some((f) => f.num === num)) out.push({ name: m[1]!, num, baseFont });
    }
  }
  return out;
}

export async function makeJapan1CidFixture(): Promise<string> {
  const { lines, grid } = layout();
  const pdf = readClassicPdf(await drawWithPdfkit(lines, grid));
  const fonts = fontResources(pdf);
  // pdfkit names fonts F1, F2, … in order of first use: body is not first (the title uses the heading font).
  const byRole = new Map<Role, (typeof fonts)[number]>();
  const order: Role[] = [];
  for (const l of lines) if (!order.includes(l.role)) order.push(l.role);
  fonts.sort((a, b) => Number(a.name.slice(1)) - Number(b.name.slice(1))).forEach((f, i) => byRole.set(order[i]!, f));
  toJapan1(pdf, byRole.get("heading")!.num, byRole.get("heading")!.name, (ch) => /[0-9]/.test(ch));
  toJapan1(pdf, byRole.get("note")!.num, byRole.get("note")!.name, () => false);
  writeFileSync(OUT, writeClassicPdf(pdf));
  const fontNames = Object.fromEntries([...byRole].map(([role, f]) => [role, f.baseFont]));
  writeFileSync(TRUTH, `${JSON.stringify({ fonts: fontNames, lines: lines.map(({ role, text }) => ({ role, text })) }, null, 2)}\n`);
  return `${OUT}: ${lines.length} lines; heading font ${fontNames.heading} (Japan1, digits-only ToUnicode), note font ${fontNames.note} (Japan1, no ToUnicode)`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await makeJapan1CidFixture());

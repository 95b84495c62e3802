import { collectionToUnicode, type Collection } from "./cid/collection-unicode.js";
import { isExpectedChar } from "./quality.js";
import type { PdfGlyph } from "./text-state.js";

/** Turns one glyph of a re-decoded font into its text. */
export type GlyphDecoder = (g: PdfGlyph) => string;

/** A font whose text layer was re-decoded, for the page's verdict. */
export interface Redecoded { readonly fontName: string; readonly collection: Collection }

/** What the operator list's opcodes for fonts and text are (pdfjs's OPS). */
export interface TextOps { readonly setFont: number; readonly showText: number; readonly showSpacedText: number }

/**
 * Tolerated share of a font's ToUnicode entries that disagree with the collection (a producer's own choices, e.g. a
 * variant form of a dash). More, and the font's codes are not the collection's CIDs whatever its CIDSystemInfo says.
 */
const MAX_DISAGREEING_SHARE = 0.1;
/**
 * A glyph counts as full width from this share of an em: Japan1 fonts set kanji, kana and full-width forms at exactly
 * 1 em, while proportional Latin and digits stay below (a bold heading face's digits reach 0.76 em).
 */
const FULL_WIDTH_EM = 0.95;
/** Share of glyphs whose width must fit their decoded character (kanji/kana full, ASCII narrow). */
const MIN_WIDTH_AGREEMENT = 0.8;

const WIDE = /[\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF01-\uFF60]/u;
const NARROW = /[\u0021-\u007E\uFF61-\uFF9F]/u;

/** What a document's pages have shown about one font so far: codes its ToUnicode mapped, and whether Japan1 agrees. */
interface FontEvidence { agree: Set<number>; disagree: Set<number> }

/**
 * Evidence per font, per document: pdfjs's font ids are document-wide and its `commonObjs` is one object per
 * document, so a font's ToUnicode entries seen on page 1 count on page 9, where it may draw only unmapped codes.
 */
const evidenceByDocument = new WeakMap<object, Map<string, FontEvidence>>();

/**
 * Fonts of one page whose text is implausible (private use, U+FFFD, Latin/IPA/Indic letters in a Japanese
 * document), re-decoded from their raw character codes through the Adobe-Japan1 collection. InDesign and
 * Illustrator write Japan1 CID fonts under Identity-H/V (the code is the CID) with a ToUnicode map that covers only
 * some codes; pdfjs gives the rest as the code itself (`ʢ` for CID 674 `（`). (A Japan1 font with no ToUnicode at all
 * pdfjs decodes through the collection itself.) Judged per font: a font that reads fine keeps pdfjs's text. Only a
 * font whose CIDSystemInfo names the collection is re-decoded, and only while its own ToUnicode entries agree with
 * the collection and its glyphs' widths fit the characters; any other broken font stays broken and goes on to OCR.
 */
export function redecodeFonts(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: TextOps, documentKey: object, fontOf: (fontId: string) => { readonly collection: Collection | undefined; readonly emPerUnit: number }): { decoders: Map<string, GlyphDecoder>; redecoded: Redecoded[] } {
  const glyphsByFont = new Map<string, PdfGlyph[]>();
  let current: PdfGlyph[] | undefined;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[];
    if (fn === ops.setFont) {
      const id = String(args[0]);
      current = glyphsByFont.get(id);
      if (!current) glyphsByFont.set(id, (current = []));
    } else if ((fn === ops.showText || fn === ops.showSpacedText) && current) {
      for (const g of args[0] as unknown[]) if (g && typeof g === "object") current.push(g as PdfGlyph);
    }
  }
  let evidence = evidenceByDocument.get(documentKey);
  if (!evidence) evidenceByDocument.set(documentKey, (evidence = new Map()));
  const decoders = new Map<string, GlyphDecoder>();
  const redecoded: Redecoded[] = [];
  for (const [id, glyphs] of glyphsByFont) {
    // A glyph its ToUnicode map missed (4週8休 read as 4ि8休): the font is wrong there, however few they are.
    const broken = glyphs.some((g) => g.originalCharCode !== undefined && !toUnicodeMapped(g) && /\S/u.test(g.unicode));
    if (!broken) continue;
    const { collection, emPerUnit } = fontOf(id);
    if (collection !== "Adobe-Japan1") continue;
    const table = collectionToUnicode(collection);
    let seen = evidence.get(id);
    if (!seen) evidence.set(id, (seen = { agree: new Set(), disagree: new Set() }));
    for (const g of glyphs) {
      if (g.originalCharCode === undefined || !toUnicodeMapped(g)) continue;
      const c = table.get(g.originalCharCode);
      (c !== undefined && c.normalize("NFKC") === g.unicode.normalize("NFKC") ? seen.agree : seen.disagree).add(g.originalCharCode);
    }
    const checked = seen.agree.size + seen.disagree.size;
    if (checked > 0 && seen.disagree.size / checked > MAX_DISAGREEING_SHARE) continue;
    const decode: GlyphDecoder = (g) => g.originalCharCode === undefined || toUnicodeMapped(g) ? g.unicode : table.get(g.originalCharCode) ?? g.unicode;
    if (!widthsFit(glyphs, decode, emPerUnit)) continue;
    decoders.set(id, decode);
    redecoded.push({ fontName: id, collection });
  }
  return { decoders, redecoded };
}

/**
 * Whether pdfjs's text of a glyph came from a ToUnicode entry: a code the map misses comes out as the code itself
 * or a normalised form of it (U+0374 → U+02B9), which is never a plausible character here.
 */
function toUnicodeMapped(g: PdfGlyph): boolean {
  return g.unicode !== "" && g.unicode !== String.fromCodePoint(g.originalCharCode!) && [...g.unicode].every(isExpectedChar);
}

function widthsFit(glyphs: readonly PdfGlyph[], decode: GlyphDecoder, emPerUnit: number): boolean {
  let judged = 0, fit = 0;
  for (const g of glyphs) {
    const text = decode(g);
    const wide = WIDE.test(text), narrow = NARROW.test(text);
    if (wide === narrow) continue; // neither (a symbol of either width) or a ligature of both
    judged++;
    if (wide === g.width * emPerUnit >= FULL_WIDTH_EM) fit++;
  }
  return judged === 0 || fit / judged >= MIN_WIDTH_AGREEMENT;
}

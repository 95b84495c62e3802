import type { TextRun } from "../types/index.js";

type Matrix = readonly number[];

/** What pdfjs's worker tells the main thread about a font (FontFaceObject): the parts we read. */
export interface FontInfo {
  readonly loadedName?: string;
  /** The font's BaseFont name, subset tag included. */
  readonly name?: string;
  readonly ascent?: number;
  readonly descent?: number;
  readonly vertical?: boolean;
  readonly fontMatrix?: readonly number[];
}

/** A glyph as pdfjs puts it in a showText operation. */
export interface PdfGlyph {
  readonly unicode: string;
  /** The character code as the content stream has it (for an Identity-H/V CID font, the CID). */
  readonly originalCharCode?: number;
  readonly width: number;
  readonly isSpace?: boolean;
  readonly vmetric?: readonly number[];
}

/** Ascent/descent used when the font does not say: typical for CJK gothic faces. */
const DEFAULT_ASCENT = 0.88;
const DEFAULT_DESCENT = -0.12;
/**
 * A gap wider than this many ems inside one text operation (TJ kerning, word spacing) is a space the producer
 * made by moving the pen instead of drawing a space glyph (Chromium/Skia does): a space is put in the text.
 * IPAexGothic's space is 0.25 em; kerning and tracking stay well under 0.1 em.
 */
const SPACE_GAP_EM = 0.2;

export const multiply = (m1: Matrix, m2: Matrix): number[] => [
  m1[0]! * m2[0]! + m1[2]! * m2[1]!, m1[1]! * m2[0]! + m1[3]! * m2[1]!,
  m1[0]! * m2[2]! + m1[2]! * m2[3]!, m1[1]! * m2[2]! + m1[3]! * m2[3]!,
  m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!, m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
];

/**
 * The PDF text state (Tm, Td, TL, Tf, Tc, Tw, Tz, Ts) as pdfjs's canvas renderer keeps it, turned into runs
 * with exact per-glyph extents. Unlike getTextContent, it keeps spaces at the end of a line (a wrapped
 * "実質公債費比率 " ends with the space the writer typed) and the producer's real advances.
 */
export class TextState {
  private textMatrix: number[] = [1, 0, 0, 1, 0, 0];
  private x = 0;
  private y = 0;
  private lineX = 0;
  private lineY = 0;
  private leading = 0;
  private charSpacing = 0;
  private wordSpacing = 0;
  private hScale = 1;
  private rise = 0;
  private font: FontInfo = {};
  private fontName = "";
  private fontSize = 0;
  private fontDirection = 1;
  private decode: ((g: PdfGlyph) => string) | undefined;

  beginText(): void { this.textMatrix = [1, 0, 0, 1, 0, 0]; this.x = this.lineX = 0; this.y = this.lineY = 0; }
  setTextMatrix(m: readonly number[]): void { this.textMatrix = [...m]; this.x = this.lineX = 0; this.y = this.lineY = 0; }
  moveText(x: number, y: number): void { this.x = this.lineX += x; this.y = this.lineY += y; }
  setLeading(l: number): void { this.leading = -l; }
  nextLine(): void { this.moveText(0, this.leading); }
  setCharSpacing(v: number): void { this.charSpacing = v; }
  setWordSpacing(v: number): void { this.wordSpacing = v; }
  setHScale(v: number): void { this.hScale = v / 100; }
  setRise(v: number): void { this.rise = v; }
  /** `decode` replaces pdfjs's text of each glyph (a font re-decoded through its character collection). */
  setFont(name: string, font: FontInfo, size: number, decode?: (g: PdfGlyph) => string): void {
    this.fontName = font.loadedName ?? name;
    this.decode = decode;
    this.font = font;
    this.fontDirection = size < 0 ? -1 : 1;
    this.fontSize = Math.abs(size);
  }

  /** Shows `glyphs` (numbers are TJ adjustments in thousandths of an em) under `ctm` (user → page, top-left). */
  showText(glyphs: readonly (PdfGlyph | number | null)[], ctm: Matrix): TextRun[] {
    if (this.fontSize === 0) return [];
    const m = multiply(ctm, this.textMatrix);
    const fm = this.font.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0];
    const advanceScale = this.fontSize * fm[0]!;
    const ascent = (this.font.ascent || DEFAULT_ASCENT) * this.fontSize;
    const descent = (this.font.descent || DEFAULT_DESCENT) * this.fontSize;
    const hScale = this.hScale * this.fontDirection;
    const vertical = this.font.vertical === true;
    const runs: TextRun[] = [];
    let cur: { text: string; chars: { x0: number; x1: number; code?: number }[]; top: number; bottom: number; size: number } | null = null;
    let gap = 0;
    const flush = () => {
      // Space-only runs are kept: a space drawn on its own can be the one a wrap left at the end of a line.
      if (cur && cur.text !== "" && cur.chars.some((c) => c.x1 > c.x0)) {
        let x0 = Infinity, x1 = -Infinity;
        for (const c of cur.chars) { if (c.x0 < x0) x0 = c.x0; if (c.x1 > x1) x1 = c.x1; }
        runs.push({ text: cur.text, x: x0, y: cur.top, width: x1 - x0, height: cur.bottom - cur.top, fontSize: cur.size, fontName: this.fontName, chars: cur.chars });
      }
      cur = null;
    };
    let x = 0;
    for (const g of glyphs) {
      if (g === null) continue;
      if (typeof g === "number") {
        const shift = ((vertical ? 1 : -1) * g * this.fontSize) / 1000;
        x += shift;
        gap += shift;
        continue;
      }
      const spacing = (g.isSpace ? this.wordSpacing : 0) + this.charSpacing;
      let box: [number, number, number, number];
      let advance: number;
      if (vertical) {
        // Vertical writing: glyphs stack downwards from the origin; each is a run of its own.
        advance = (g.vmetric ? -g.vmetric[0]! * advanceScale : this.fontSize) - spacing;
        box = this.box(m, -this.fontSize / 2, this.fontSize / 2, -x - this.fontSize, -x);
        flush();
      } else {
        advance = g.width * advanceScale + spacing * this.fontDirection;
        box = this.box(m, x * hScale, (x + g.width * advanceScale) * hScale, this.rise + descent, this.rise + ascent);
      }
      const size = this.fontSize * Math.hypot(m[2]!, m[3]!);
      if (cur && Math.abs(cur.top - box[1]) > size * 0.3) flush();
      if (cur && gap > SPACE_GAP_EM * this.fontSize && !cur.text.endsWith(" ")) {
        const end = cur.chars[cur.chars.length - 1]!.x1;
        cur.text += " ";
        cur.chars.push({ x0: end, x1: Math.max(end, box[0]) });
      }
      gap = g.isSpace ? spacing : 0;
      // Most glyphs are one character; a ligature's box is shared out between its characters.
      const unicode = this.decode ? this.decode(g) : g.unicode;
      const chars = unicode.length === 1 ? [unicode] : [...unicode];
      if (chars.length > 0) {
        cur ??= { text: "", chars: [], top: box[1], bottom: box[3], size };
        const w = (box[2] - box[0]) / chars.length;
        const code = g.originalCharCode;
        for (let i = 0; i < chars.length; i++) { cur.text += chars[i]; cur.chars.push({ x0: box[0] + i * w, x1: box[0] + (i + 1) * w, code }); }
        cur.top = Math.min(cur.top, box[1]);
        cur.bottom = Math.max(cur.bottom, box[3]);
      }
      x += advance;
      if (vertical) flush();
    }
    flush();
    if (vertical) this.y -= x;
    else this.x += x * hScale;
    return runs;
  }

  /** Page-space bounding box [x0, top, x1, bottom] of a glyph box given in text space (relative to the current point). */
  private box(m: Matrix, tx0: number, tx1: number, ty0: number, ty1: number): [number, number, number, number] {
    // The four corners' images, without arrays: this runs once per glyph.
    const x0 = this.x + tx0, x1 = this.x + tx1, y0 = this.y + ty0, y1 = this.y + ty1;
    const a = m[0]!, b = m[1]!, c = m[2]!, d = m[3]!, e = m[4]!, f = m[5]!;
    const ax0 = a * x0, ax1 = a * x1, bx0 = b * x0, bx1 = b * x1, cy0 = c * y0, cy1 = c * y1, dy0 = d * y0, dy1 = d * y1;
    return [
      Math.min(ax0 + cy0, ax1 + cy0, ax0 + cy1, ax1 + cy1) + e, Math.min(bx0 + dy0, bx1 + dy0, bx0 + dy1, bx1 + dy1) + f,
      Math.max(ax0 + cy0, ax1 + cy0, ax0 + cy1, ax1 + cy1) + e, Math.max(bx0 + dy0, bx1 + dy0, bx0 + dy1, bx1 + dy1) + f,
    ];
  }
}

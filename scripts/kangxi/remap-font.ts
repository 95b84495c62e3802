/**
 * Rewrites what a registered font's ToUnicode map will say for the glyphs drawn with it. pdfkit builds the map
 * from the embedded font's `unicode` table (glyph id → code points) when the document ends, so changing that
 * table before `doc.end()` changes the text layer and nothing of the look.
 */
interface EmbeddedFontLike { unicode: number[][] }

export function remapFontText(doc: PDFKit.PDFDocument, fontName: string, map: Readonly<Record<string, string>>): number {
  const families = (doc as unknown as { _fontFamilies: Record<string, EmbeddedFontLike> })._fontFamilies;
  const font = families[fontName];
  if (!font) throw new Error(`font ${fontName} was not used`);
  let changed = 0;
  font.unicode = font.unicode.map((cps) => {
    const ch = String.fromCodePoint(...cps);
    const to = map[ch];
    if (to === undefined) return cps;
    changed++;
    return [...to].map((c) => c.codePointAt(0)!);
  });
  return changed;
}

/**
 * The TTF's bytes with `head.checkSumAdjustment` changed by `salt`. pdfkit shares one embedded subset among
 * registrations of the same font (it compares that checksum), so a remapped copy needs bytes of its own;
 * nothing reads that field to draw.
 */
export function distinctFontBytes(ttf: Buffer, salt: number): Buffer {
  const out = Buffer.from(ttf);
  const numTables = out.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (out.toString("latin1", rec, rec + 4) === "head") {
      const offset = out.readUInt32BE(rec + 8);
      out.writeUInt32BE((out.readUInt32BE(offset + 8) + salt) >>> 0, offset + 8);
      return out;
    }
  }
  throw new Error("no head table in the font");
}

/**
 * Registers and loads a copy of a font under `name` without displacing the font already known by the same
 * PostScript name: pdfkit files every loaded font under its PostScript name too, and a font no longer filed
 * anywhere is never finalized, so the document would never end.
 */
export function registerFontCopy(doc: PDFKit.PDFDocument, name: string, bytes: Buffer): void {
  const families = (doc as unknown as { _fontFamilies: Record<string, unknown> })._fontFamilies;
  const before = { ...families };
  const current = (doc as unknown as { _font: unknown })._font;
  doc.registerFont(name, bytes);
  doc.font(name);
  for (const [key, font] of Object.entries(before)) families[key] = font;
  (doc as unknown as { _font: unknown })._font = current;
}

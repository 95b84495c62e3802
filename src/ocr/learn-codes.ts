import { isExpectedChar } from "../pdf/quality.js";
import type { TextRun } from "../types/index.js";
import type { OcrWord } from "./engine.js";
import { minOf } from "../util/arrays.js";

/**
 * A text layer whose fonts have no usable ToUnicode map still knows where every glyph is and which glyph it is
 * (its font and code: pdfjs hands the code over as a stand-in character, distinct per code). So instead of
 * throwing the layer away, the lines holding such glyphs are read by OCR, each reading is lined up with the
 * glyphs under it, and every code is decided by the votes of all its occurrences in the document. The text layer
 * then goes on with its own geometry: line structure, wraps and cells stay exact.
 */

/** One glyph of a run, with its code (font + the character pdfjs gave) and its box in page points. */
export interface CodedGlyph {
  readonly key: string;
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  readonly fontSize: number;
}

/** Kanji and kana: a font whose text is made of these, and nothing unexpected, maps its codes. */
const CJK_TEXT = /[\u3041-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/u;

/** A glyph's identity: its font and its code (or, where the text layer gives no code, its stand-in character). */
const keyOf = (fontName: string, ch: string, code: number | undefined): string => `${fontName}\u0000${code ?? ch}`;

/**
 * The fonts of a page whose codes are in doubt: any with a character a Japanese text layer is not made of
 * (mojibake), and any whose text holds no kanji or kana at all (glyph ids that happen to fall on ASCII letters
 * look "expected"; a real Latin or digit font is only confirmed by the readings, see CodeVotes).
 */
export function suspectFonts(runs: readonly TextRun[]): Set<string> {
  const seen = new Map<string, { bad: boolean; cjk: boolean }>();
  for (const r of runs) {
    const s = seen.get(r.fontName) ?? { bad: false, cjk: false };
    for (const ch of r.text) {
      if (ch.trim() === "") continue;
      if (!isExpectedChar(ch)) s.bad = true;
      if (CJK_TEXT.test(ch)) s.cjk = true;
    }
    seen.set(r.fontName, s);
  }
  return new Set([...seen].filter(([, s]) => s.bad || !s.cjk).map(([f]) => f));
}

/** The glyphs of the runs set in `fonts`, horizontal runs with known glyph extents only. */
export function codedGlyphs(runs: readonly TextRun[], fonts: ReadonlySet<string>): CodedGlyph[] {
  const out: CodedGlyph[] = [];
  for (const r of runs) {
    const chars = [...r.text];
    if (!fonts.has(r.fontName) || !r.chars || r.chars.length !== chars.length) continue;
    chars.forEach((ch, i) => {
      const c = r.chars![i]!;
      // A stand-in may be a control or space character (pdfkit's code 9 is U+0009): only its ink says it is a space.
      if (c.x1 <= c.x0) return;
      out.push({ key: keyOf(r.fontName, ch, c.code), x0: c.x0, x1: c.x1, top: r.y, bottom: r.y + r.height, fontSize: r.fontSize });
    });
  }
  return out;
}

/**
 * A gap wider than this (ems) ends a line to read: wider than a word space, narrower than the padding on both
 * sides of a cell's rule, so the texts of two cells are read apart (as a line, neither gives the other context).
 */
const LINE_GAP_EM = 0.6;

/** Glyphs grouped into visual lines (same baseline band, left to right), split at gaps of LINE_GAP_EM. */
export function glyphLines(glyphs: readonly CodedGlyph[]): CodedGlyph[][] {
  const rows: CodedGlyph[][] = [];
  // Rows a later glyph may still join: glyphs come top first, so a row whose first glyph ends above this one's
  // top never overlaps another (a page of one glyph per line stays linear).
  let open: CodedGlyph[][] = [];
  const sorted = [...glyphs].sort((a, b) => a.top - b.top || a.x0 - b.x0);
  for (const g of sorted) {
    open = open.filter((r) => r[0]!.bottom > g.top);
    // Same line when the vertical overlap is over half the smaller glyph height.
    const row = open.find((r) => {
      const h = Math.min(r[0]!.bottom - r[0]!.top, g.bottom - g.top);
      return Math.min(r[0]!.bottom, g.bottom) - Math.max(r[0]!.top, g.top) > h / 2;
    });
    if (row) row.push(g);
    else { rows.push([g]); open.push(rows[rows.length - 1]!); }
  }
  const lines: CodedGlyph[][] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x0 - b.x0);
    let cur: CodedGlyph[] = [];
    for (const g of row) {
      const last = cur[cur.length - 1];
      if (last && g.x0 - last.x1 > LINE_GAP_EM * Math.max(last.fontSize, g.fontSize)) { lines.push(cur); cur = []; }
      cur.push(g);
    }
    if (cur.length > 0) lines.push(cur);
  }
  return lines;
}

/** Readings of each code: character → summed confidence and count. */
export class CodeVotes {
  private readonly votes = new Map<string, Map<string, { n: number; conf: number }>>();

  add(key: string, ch: string, confidence: number): void {
    const byChar = this.votes.get(key) ?? new Map<string, { n: number; conf: number }>();
    const v = byChar.get(ch) ?? { n: 0, conf: 0 };
    byChar.set(ch, { n: v.n + 1, conf: v.conf + confidence });
    this.votes.set(key, byChar);
  }

  count(key: string): number {
    let n = 0;
    for (const v of this.votes.get(key)?.values() ?? []) n += v.n;
    return n;
  }

  /**
   * The character a code stands for and how sure that is (0–100): the mean confidence of the readings that
   * agree, scaled by their share of all readings, and halved for a code read once (one reading of a glyph out of
   * context can be a lookalike: ロ/口, 一/ー). `current` is what the text layer says; a code whose stand-in is a
   * plausible character keeps it unless the readings agree on another.
   */
  decide(key: string, current: string): { ch: string; confidence: number } | undefined {
    const byChar = this.votes.get(key);
    if (!byChar || byChar.size === 0) return undefined;
    const total = this.count(key);
    const [ch, best] = [...byChar].sort((a, b) => b[1].conf - a[1].conf)[0]!;
    const share = best.n / total;
    let confidence = (best.conf / best.n) * share * (total === 1 ? 0.5 : 1);
    if (ch !== current && isExpectedChar(current) && CJK_TEXT.test(current) && share < 1) confidence = 0;
    return { ch, confidence: Math.round(Math.max(0, Math.min(100, confidence))) };
  }
}

/**
 * Lines worth reading, fewest first: each line that holds a code read fewer than `wanted` times, taken while
 * some of its codes still need readings (counting the ones the lines already taken will give).
 */
export function linesToRead(lines: readonly CodedGlyph[][], votes: CodeVotes, wanted: number): CodedGlyph[][] {
  const pending = new Map<string, number>();
  const need = (key: string) => wanted - votes.count(key) - (pending.get(key) ?? 0);
  const score = (line: readonly CodedGlyph[]) => line.filter((g) => need(g.key) > 0).length;
  const order = [...lines].sort((a, b) => score(b) - score(a));
  const out: CodedGlyph[][] = [];
  for (const line of order) {
    if (score(line) === 0) continue;
    out.push(line);
    for (const g of line) pending.set(g.key, (pending.get(g.key) ?? 0) + 1);
  }
  return out;
}

/**
 * Lines up one OCR reading of `line` with its glyphs (read from learn-page's lineImage: the line's glyphs and
 * nothing else). tesseract's LSTM places characters only roughly (a box drifts a glyph or more to the right
 * within a line), so the reading is paired with the glyphs in order, and only when it has exactly as many
 * characters: a reading that dropped or split one gives no votes rather than shifted ones.
 */
export function votesOfReading(line: readonly CodedGlyph[], words: readonly OcrWord[]): { key: string; ch: string; confidence: number }[] {
  const symbols = words.flatMap((w) => w.symbols.filter((s) => s.text.trim() !== "").map((s) => ({ ch: s.text, confidence: s.confidence ?? w.confidence })));
  if (symbols.length !== line.length || symbols.some((s) => [...s.ch].length !== 1)) return [];
  return line.map((g, i) => ({ key: g.key, ...symbols[i]! }));
}

/** Stands for a glyph whose code no reading decided: the geta mark typesetters use for a missing character. */
export const UNKNOWN_GLYPH = "〓";

/**
 * The runs with the suspect fonts' codes replaced by what the votes decided, each such character carrying its
 * confidence (charConfidence: the review marks the low ones). An undecided code becomes UNKNOWN_GLYPH with
 * confidence 0, so the field it lands in is flagged, never silently wrong.
 */
export function decodeRuns(runs: readonly TextRun[], fonts: ReadonlySet<string>, votes: CodeVotes): { runs: TextRun[]; unknown: number; decided: number } {
  let unknown = 0, decided = 0;
  const out = runs.map((r) => {
    if (!fonts.has(r.fontName)) return r;
    const chars = [...r.text];
    const conf: number[] = [];
    const text = chars.map((ch, i) => {
      const d = votes.decide(keyOf(r.fontName, ch, r.chars?.[i]?.code), ch);
      // A space the text layer inserted (no glyph of the font) has no readings, and stays.
      if (!d && ch.trim() === "") { conf.push(100); return ch; }
      if (!d) { unknown++; conf.push(0); return UNKNOWN_GLYPH; }
      decided++;
      conf.push(d.confidence);
      return d.ch;
    });
    return { ...r, text: text.join(""), charConfidence: conf, confidence: minOf(conf) };
  });
  return { runs: out, unknown, decided };
}

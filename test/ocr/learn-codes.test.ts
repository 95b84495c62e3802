import { describe, expect, it } from "vitest";
import { CodeVotes, codedGlyphs, decodeRuns, glyphLines, linesToRead, suspectFonts, UNKNOWN_GLYPH, votesOfReading } from "../../src/ocr/learn-codes.js";
import type { OcrWord } from "../../src/ocr/engine.js";
import type { TextRun } from "../../src/types/index.js";

/** A run of one font at (x, y), 10 pt glyphs side by side. */
const run = (fontName: string, text: string, x: number, y: number): TextRun => {
  const chars = [...text].map((_, i) => ({ x0: x + 10 * i, x1: x + 10 * (i + 1) }));
  return { text, x, y, width: 10 * chars.length, height: 10, fontSize: 10, fontName, chars };
};
const word = (symbols: string[], confidence = 95): OcrWord => ({
  text: symbols.join(""), confidence, x0: 0, y0: 0, x1: 1, y1: 1, line: { x0: 0, y0: 0, x1: 1, y1: 1 },
  symbols: symbols.map((text, i) => ({ text, confidence, x0: i, y0: 0, x1: i + 1, y1: 1 })),
});

describe("suspectFonts", () => {
  it("doubts fonts with mojibake and fonts without a single kanji or kana; trusts Japanese text", () => {
    const runs = [run("mojibake", "\u0001\u0002", 0, 0), run("ascii-ids", "hK", 0, 20), run("japanese", "財政課", 0, 40), run("digits", "2,708", 0, 60)];
    expect([...suspectFonts(runs)].sort()).toEqual(["ascii-ids", "digits", "mojibake"]);
  });
});

describe("glyphLines", () => {
  it("groups glyphs by baseline and splits a line where a gap wider than a word space opens (another cell)", () => {
    const runs = [run("f", "\u0001\u0002", 0, 0), run("f", "\u0003", 23, 0), run("f", "\u0004", 100, 0), run("f", "\u0005", 0, 50)];
    const lines = glyphLines(codedGlyphs(runs, new Set(["f"])));
    expect(lines.map((l) => l.length)).toEqual([3, 1, 1]);
  });
});

describe("votesOfReading", () => {
  const line = codedGlyphs([run("f", "\u0001\u0002\u0003", 0, 0)], new Set(["f"]));
  it("pairs a reading with as many characters as the line has glyphs in order", () => {
    expect(votesOfReading(line, [word(["財", "政"]), word(["課"])]).map((v) => v.ch)).toEqual(["財", "政", "課"]);
  });
  it("gives no votes for a reading that dropped or split a character, rather than shifted ones", () => {
    expect(votesOfReading(line, [word(["財", "課"])])).toEqual([]);
    expect(votesOfReading(line, [word(["③", "う", "公", "営"])])).toEqual([]);
  });
});

describe("CodeVotes and decodeRuns", () => {
  it("decides each code by its agreeing readings; a code read once or disputed is marked low; an unread one is 〓 at 0", () => {
    const votes = new CodeVotes();
    const key = (ch: string) => `f\u0000${ch}`;
    for (let i = 0; i < 3; i++) votes.add(key("\u0001"), "財", 97);
    votes.add(key("\u0002"), "政", 96);
    votes.add(key("\u0003"), "課", 95); votes.add(key("\u0003"), "果", 90);
    const { runs, unknown, decided } = decodeRuns([run("f", "\u0001\u0002\u0003\u0004", 0, 0), run("g", "財政", 0, 20)], new Set(["f"]), votes);
    expect(runs[0]!.text).toBe(`財政課${UNKNOWN_GLYPH}`);
    expect(runs[0]!.charConfidence![0]).toBeGreaterThanOrEqual(93);
    expect(runs[0]!.charConfidence!.slice(1)).toEqual(runs[0]!.charConfidence!.slice(1).map((c) => (c < 93 ? c : -1)));
    expect(runs[0]!.charConfidence![3]).toBe(0);
    expect(runs[1]).toEqual(run("g", "財政", 0, 20)); // a trusted font is left alone
    expect({ unknown, decided }).toEqual({ unknown: 1, decided: 3 });
  });
});

describe("linesToRead", () => {
  it("takes lines while some of their codes have fewer readings than wanted, longest need first", () => {
    const lines = glyphLines(codedGlyphs([run("f", "\u0001\u0002", 0, 0), run("f", "\u0001\u0002", 0, 20), run("f", "\u0001", 0, 40), run("f", "\u0003", 0, 60)], new Set(["f"])));
    const votes = new CodeVotes();
    expect(linesToRead(lines, votes, 1).map((l) => l.length)).toEqual([2, 1]);
    expect(linesToRead(lines, votes, 2).length).toBe(3);
  });
});

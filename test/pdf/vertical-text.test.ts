import { describe, expect, it } from "vitest";
import { findVerticalText } from "../../src/pdf/vertical-text.js";
import type { TextRun } from "../../src/types/index.js";

const SIZE = 10;
const glyph = (text: string, x: number, y: number, size = SIZE): TextRun => ({ text, x, y, width: size, height: size * 1.2, fontSize: size, fontName: "f" });
/** A column of `text` from (x, y) downwards, one em per glyph. */
const column = (text: string, x: number, y: number, pitchEm = 1): TextRun[] => [...text].map((ch, i) => glyph(ch, x, y + i * SIZE * pitchEm));

describe("findVerticalText", () => {
  it("finds columns of stacked glyphs, one region per column", () => {
    const found = findVerticalText([...column("医薬品の製造", 200, 100), ...column("販売業者は", 184, 100)]);
    expect(found?.chars).toBe(11);
    expect(found?.regions).toHaveLength(2);
    expect(found?.regions[1]).toEqual([200, 100, 210, 162]);
  });

  it("does not take horizontal text drawn glyph by glyph for columns, though full-width glyphs align across lines", () => {
    const lines = [0, 1, 2, 3, 4].flatMap((l) => [..."事業の見直しを行う"].map((ch, i) => glyph(ch, 100 + i * SIZE, 100 + l * SIZE * 1.0)));
    expect(findVerticalText(lines)).toBeUndefined();
  });

  it("does not chain a table column of one-character cells, whose rows are taller than a glyph's pitch", () => {
    expect(findVerticalText(column("ABCAB", 300, 100, 1.6))).toBeUndefined();
  });

  it("needs four glyphs in a column: a short stacked label is not vertical writing", () => {
    expect(findVerticalText(column("合計", 100, 100))).toBeUndefined();
    expect(findVerticalText(column("施行期日", 100, 100))?.chars).toBe(4);
  });
});

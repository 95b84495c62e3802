import { describe, expect, it } from "vitest";
import { returnOverflow, splitMissingRules, typicalTextStart, type PlacedGlyphs } from "../../src/table/column-alignment.js";
import type { Glyph } from "../../src/table/glyphs.js";

/** Glyphs of `text`, 10 pt full-width, from x on line `line` (10 pt apart), belonging to run `run`. */
const run = (text: string, x: number, line: number, runId: number): Glyph[] =>
  [...text].map((ch, i) => ({ ch, x0: x + i * 10, x1: x + (i + 1) * 10, top: line * 12, bottom: line * 12 + 10, fontSize: 10, run: runId }));
const cell = (col: number, colSpan: number, colXs: number[], glyphs: Glyph[]): PlacedGlyphs => ({
  bbox: [colXs[col]!, 0, colXs[col + colSpan]!, 100], row: 1, col, rowSpan: 1, colSpan, glyphs,
});
const texts = (cells: PlacedGlyphs[]) => cells.map((c) => [c.col, c.colSpan, c.glyphs.map((g) => g.ch).join("")]);

const colXs = [0, 100, 200, 300];

describe("splitMissingRules", () => {
  it("splits a span whose texts sit in two columns with no line crossing the boundary (a missing rule)", () => {
    const c = cell(0, 2, colXs, [...run("計画内容", 3, 0, 1), ...run("取組状況", 103, 0, 2), ...run("続き", 103, 1, 3)]);
    expect(texts(splitMissingRules([c], colXs))).toEqual([[0, 1, "計画内容"], [1, 1, "取組状況続き"]]);
  });
  it("keeps a merged cell whose line crosses the columns (a section row)", () => {
    const c = cell(0, 3, colXs, run("歳出の見直しと歳入の確保により収支均衡", 3, 0, 1));
    expect(texts(splitMissingRules([c], colXs))).toEqual([[0, 3, "歳出の見直しと歳入の確保により収支均衡"]]);
  });
  it("keeps a merged cell whose short text sits in one column", () => {
    const c = cell(0, 3, colXs, run("1 財政", 3, 0, 1));
    expect(texts(splitMissingRules([c], colXs))).toEqual([[0, 3, "1 財政"]]);
  });
  // A spreadsheet fills a wrapped line to its right padding: the left column's line ends 4 pt (< FLOW_GAP_EM)
  // before the rule's position + padding where the right column's text starts. Other cells show the padding (3 pt).
  const padded = [cell(0, 1, colXs, run("基金", 3, 0, 10)), cell(1, 1, colXs, run("計画", 103, 0, 11)), cell(2, 1, colXs, run("課", 203, 0, 12))];
  it("splits two columns whose lines nearly touch when the right run starts at the table's padding", () => {
    const c = cell(0, 2, colXs, [...run("あいうえおかきくけ", 9, 0, 1), ...run("第", 103, 0, 2), ...run("次", 103, 1, 3)]);
    expect(texts(splitMissingRules([c, ...padded], colXs).slice(0, 2))).toEqual([[0, 1, "あいうえおかきくけ"], [1, 1, "第次"]]);
  });
  it("keeps one line that runs on across the boundary in one run, however it is spaced", () => {
    const c = cell(0, 2, colXs, [...run("あいうえおかきくけ", 9, 0, 1), ...run("第", 103, 0, 1)]);
    expect(texts(splitMissingRules([c, ...padded], colXs).slice(0, 1))).toEqual([[0, 2, "あいうえおかきくけ第"]]);
  });
  it("gives a span to its first column when its lines wrap at that column's edge (right neighbour empty)", () => {
    const c = cell(0, 2, colXs, [...run("あいうえおかきくけ", 3, 0, 1), ...run("こさしすせそたちつ", 3, 1, 2), ...run("て", 3, 2, 3)]);
    expect(texts(splitMissingRules([c, ...padded], colXs).slice(0, 2))).toEqual([[0, 1, "あいうえおかきくけこさしすせそたちつて"], [1, 1, ""]]);
  });
  it("keeps a merged cell whose lines wrap at its own right edge", () => {
    const c = cell(0, 2, colXs, [...run("あいうえおかきくけこさしすせそたちつ", 3, 0, 1), ...run("て", 3, 1, 2)]);
    expect(texts(splitMissingRules([c, ...padded], colXs).slice(0, 1))).toEqual([[0, 2, "あいうえおかきくけこさしすせそたちつて"]]);
  });
});

describe("returnOverflow", () => {
  it("sends a line that spills from its cell's text start into an empty neighbour back home", () => {
    const glyphs = run("行政評価による事務事業の取捨", 3, 0, 1); // 140 pt long, starts at the padding
    const cells = [cell(0, 1, colXs, glyphs.filter((g) => g.x0 + 5 < 100)), cell(1, 1, colXs, glyphs.filter((g) => g.x0 + 5 >= 100))];
    returnOverflow(cells, 3 + 4);
    expect(texts(cells)).toEqual([[0, 1, "行政評価による事務事業の取捨"], [1, 1, ""]]);
  });
  it("leaves a run that starts mid-cell split at the rule (a straddling run)", () => {
    const glyphs = run("左セル右セル", 70, 0, 1);
    const cells = [cell(0, 1, colXs, glyphs.filter((g) => g.x0 + 5 < 100)), cell(1, 1, colXs, glyphs.filter((g) => g.x0 + 5 >= 100))];
    returnOverflow(cells, 3 + 4);
    expect(texts(cells)).toEqual([[0, 1, "左セル"], [1, 1, "右セル"]]);
  });
  it("does not take text from a neighbour that has text of its own", () => {
    const spill = run("あいうえおかきくけこさし", 3, 0, 1);
    const cells = [cell(0, 1, colXs, spill.filter((g) => g.x0 + 5 < 100)), cell(1, 1, colXs, [...spill.filter((g) => g.x0 + 5 >= 100), ...run("別", 103, 1, 2)])];
    returnOverflow(cells, 7);
    expect(texts(cells)[1]![2]).toBe("さし別");
  });
  it("leaves a run whose pieces stand apart at the rule where they are (one text operation laying out several cells)", () => {
    // "10  -" drawn by one TJ with a wide offset: the dash sits well inside the next cell, 60 pt from the number.
    const glyphs = [...run("10", 3, 0, 1), ...run("-", 140, 0, 1)];
    const cells = [cell(0, 1, colXs, glyphs.filter((g) => g.x0 < 100)), cell(1, 1, colXs, glyphs.filter((g) => g.x0 >= 100))];
    returnOverflow(cells, 3 + 4);
    expect(texts(cells)).toEqual([[0, 1, "10"], [1, 1, "-"]]);
  });
});

describe("typicalTextStart", () => {
  it("is the median offset of the cells' first glyphs", () => {
    expect(typicalTextStart([cell(0, 1, colXs, run("a", 3, 0, 1)), cell(1, 1, colXs, run("b", 103, 0, 2)), cell(2, 1, colXs, run("c", 250, 0, 3))])).toBe(3);
  });
});

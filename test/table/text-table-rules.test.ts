import { describe, expect, it } from "vitest";
import { boundByRules, mergeHeaderOnlyColumns } from "../../src/table/text-table-rules.js";
import type { TextChunk, TextLine } from "../../src/table/text-lines.js";
import type { Edge } from "../../src/table/types.js";

/** A 10 pt line at `top` with chunks [x0, x1]. */
const line = (top: number, ...xs: [number, number][]): TextLine => {
  const chunks: TextChunk[] = xs.map(([x0, x1]) => ({ glyphs: [], x0, x1, top, bottom: top + 10, fontSize: 10 }));
  return { chunks, x0: xs[0]![0], x1: xs[xs.length - 1]![1], top, bottom: top + 10, fontSize: 10 };
};
const rule = (y: number, from = 0, to = 300): Edge => ({ orientation: "h", at: y, from, to });

const caption = line(0, [0, 120]);
const header = line(20, [0, 40], [100, 160], [200, 260]);
const body = [line(36, [0, 80], [120, 160], [220, 260]), line(50, [0, 60], [120, 160], [220, 260])];
const note = line(70, [0, 200]);

describe("boundByRules", () => {
  it("keeps the lines between the top and foot rule and finds the header rule", () => {
    const got = boundByRules([caption, header, ...body, note], [rule(17), rule(33), rule(63)]);
    expect(got.lines).toEqual([header, ...body]);
    expect(got.headerRuleY).toBe(33);
    expect(got.booktabs).toBe(true);
  });
  it("does not call a chart's evenly spaced grid lines a booktabs table", () => {
    const ticks = [0, 1, 2, 3, 4].map((k) => line(20 + 16 * k, [0, 20], [100, 120]));
    expect(boundByRules(ticks, [17, 33, 49, 65, 81, 97].map((y) => rule(y))).booktabs).toBe(false);
  });
  it("ignores rules shorter than the table (an underline) and leaves a region without two rules alone", () => {
    expect(boundByRules([caption, header, ...body], [rule(17, 0, 50), rule(33, 0, 50), rule(63, 0, 50)]).lines).toHaveLength(4);
    expect(boundByRules([caption, header, ...body], [rule(33)])).toEqual({ lines: [caption, header, ...body], booktabs: false });
  });
});

describe("mergeHeaderOnlyColumns", () => {
  it("merges a column only the header fills with its neighbour only the body fills", () => {
    // "基金" centred over left-aligned labels: columns [0,40] (labels) and [45,70] (header word), then numbers.
    const lines = [line(20, [45, 70], [100, 160]), line(36, [0, 40], [120, 160]), line(50, [0, 30], [120, 160])];
    const cols = [{ x0: 0, x1: 40 }, { x0: 45, x1: 70 }, { x0: 100, x1: 160 }];
    expect(mergeHeaderOnlyColumns(cols, lines, 33)).toEqual([{ x0: 0, x1: 70 }, { x0: 100, x1: 160 }]);
  });
  it("keeps columns that both header and body fill", () => {
    const lines = [line(20, [0, 40], [100, 160]), line(36, [0, 40], [120, 160])];
    const cols = [{ x0: 0, x1: 40 }, { x0: 100, x1: 160 }];
    expect(mergeHeaderOnlyColumns(cols, lines, 33)).toEqual(cols);
  });
});

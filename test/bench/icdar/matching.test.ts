import { describe, expect, it } from "vitest";
import type { Box } from "../../../scripts/bench/scorer/icdar/geometry.js";
import type { GtTable } from "../../../scripts/bench/scorer/icdar/ground-truth.js";
import { matchTables } from "../../../scripts/bench/scorer/icdar/matching.js";
import type { PredTable } from "../../../scripts/bench/scorer/icdar/prediction.js";
import { relations } from "../../../scripts/bench/scorer/icdar/relations.js";

/** A one-row table whose cells hold these texts. */
const row = (...texts: string[]) => relations(texts.map((text, col) => ({ firstRow: 0, firstCol: col, lastRow: 0, lastCol: col, text })));
const gt = (page: number, bbox: Box, ...texts: string[]): GtTable => ({ page, bbox, relations: row(...texts) });
const pred = (page: number | null, bbox: Box | null, ...texts: string[]): PredTable => ({ page, bbox, relations: row(...texts) });

describe("matchTables by content", () => {
  it("gives each ground-truth table, in order, the remaining prediction sharing most relations", () => {
    const gts = [gt(1, [0, 0, 1, 1], "A", "B", "C"), gt(1, [0, 0, 1, 1], "X", "Y")];
    const preds = [pred(1, null, "X", "Y"), pred(1, null, "A", "B"), pred(1, null, "A", "B", "C")];
    expect(matchTables(gts, preds, "content", 0.5)).toEqual([[0, 2], [1, 0]]);
  });

  it("uses up a prediction sharing nothing without counting the pair (first prediction on ties)", () => {
    // the first ground-truth table takes the copy of the second, which is then left with nothing
    const gts = [gt(1, [0, 0, 1, 1], "P", "Q"), gt(1, [0, 0, 1, 1], "X", "Y")];
    expect(matchTables(gts, [pred(1, null, "X", "Y")], "content", 0.5)).toEqual([]);
    expect(matchTables(gts, [pred(1, null, "M", "N"), pred(1, null, "X", "Y")], "content", 0.5)).toEqual([[1, 1]]);
  });

  it("pairs only on the same page, a prediction without page on any", () => {
    const gts = [gt(2, [0, 0, 1, 1], "A", "B")];
    expect(matchTables(gts, [pred(1, null, "A", "B")], "content", 0.5)).toEqual([]);
    expect(matchTables(gts, [pred(Number.NaN, null, "A", "B")], "content", 0.5)).toEqual([]);
    expect(matchTables(gts, [pred(null, null, "A", "B")], "content", 0.5)).toEqual([[0, 0]]);
  });
});

describe("matchTables by box", () => {
  const gts = [gt(1, [0, 0, 100, 100], "A", "B"), gt(1, [200, 0, 300, 100], "C", "D")];

  it("pairs greedily by IoU over pairs reaching the threshold", () => {
    const preds = [pred(1, [210, 0, 300, 100], "Z", "Z"), pred(1, [0, 0, 100, 60], "Z", "Z")];
    expect(matchTables(gts, preds, "iou", 0.5)).toEqual([[1, 0], [0, 1]]);
    expect(matchTables(gts, preds, "iou", 0.7)).toEqual([[1, 0]]);
  });

  it("gt: thresholds the share of the ground-truth box covered", () => {
    const preds = [pred(1, [-100, -100, 200, 200], "Z", "Z")]; // covers table 1 whole, IoU only 0.11
    expect(matchTables(gts, preds, "iou", 0.5)).toEqual([]);
    expect(matchTables(gts, preds, "gt", 0.5)).toEqual([[0, 0]]);
  });

  it("falls back on shared relations for a prediction without box", () => {
    expect(matchTables(gts, [pred(1, null, "C", "D")], "iou", 0.5)).toEqual([[1, 0]]);
    expect(matchTables(gts, [pred(1, null, "Q", "R")], "iou", 0.5)).toEqual([]);
  });
});

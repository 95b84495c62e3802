import { describe, expect, it } from "vitest";
import { joinEdges, segmentsToEdges, snapEdges } from "../../src/table/edges.js";
import { DEFAULT_TABLE_SETTINGS } from "../../src/table/settings.js";
import type { Edge } from "../../src/table/types.js";

const h = (at: number, from: number, to: number): Edge => ({ orientation: "h", at, from, to });

describe("snapEdges", () => {
  it("moves near-parallel edges to their mean position", () => {
    const out = snapEdges([h(100, 0, 10), h(101, 20, 30), h(150, 0, 10)], 2);
    expect(out.map((e) => e.at)).toEqual([100.5, 100.5, 150]);
  });
  it("keeps edges farther apart than the tolerance", () => {
    expect(snapEdges([h(100, 0, 10), h(103, 0, 10)], 2).map((e) => e.at)).toEqual([100, 103]);
  });
});

describe("joinEdges", () => {
  it("joins per-cell border pieces into one rule", () => {
    expect(joinEdges([h(5, 0, 50), h(5, 50, 120), h(5, 121, 200)], 3)).toEqual([h(5, 0, 200)]);
  });
  it("keeps a real gap", () => {
    expect(joinEdges([h(5, 0, 50), h(5, 60, 120)], 3)).toHaveLength(2);
  });
});

describe("segmentsToEdges", () => {
  it("classifies, drops stubs shorter than the minimum, snaps and joins", () => {
    const edges = segmentsToEdges([
      { x1: 0, y1: 10, x2: 50, y2: 10 }, { x1: 50, y1: 10.5, x2: 100, y2: 10.5 },
      { x1: 0, y1: 0, x2: 0, y2: 80 }, { x1: 30, y1: 30, x2: 31, y2: 30 },
    ], DEFAULT_TABLE_SETTINGS);
    expect(edges).toEqual([h(10.25, 0, 100), { orientation: "v", at: 0, from: 0, to: 80 }]);
  });
});

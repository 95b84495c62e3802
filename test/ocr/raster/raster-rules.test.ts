import { beforeAll, describe, expect, it } from "vitest";
import { binarize } from "../../../src/ocr/raster/binarize.js";
import { estimateSkew, rotateImage } from "../../../src/ocr/raster/deskew.js";
import { findRasterRules } from "../../../src/ocr/raster/raster-rules.js";
import type { Segment } from "../../../src/types/geometry.js";
import { isHorizontal, offsetAcross, ruleError } from "./rule-match.js";
import { drawPage, scanned, strokeSegment } from "./synthetic.js";
import { drawTablePage, type TablePage } from "./table-page.js";

const DEFECTS = { paper: [210, 245], blurPx: 1, noise: 12, specklesPerMpx: 200, seed: 7 } as const;

describe.each([
  { dpi: 300, angle: 0.4 },
  { dpi: 200, angle: -0.27 },
])("a scanned A3 table at $dpi dpi, skewed $angle°", ({ dpi, angle }) => {
  let page: TablePage;
  let skew: number;
  let rules: Segment[];
  beforeAll(() => {
    page = drawTablePage(dpi, angle);
    const scan = scanned(page.image, DEFECTS);
    skew = estimateSkew(binarize(scan));
    rules = findRasterRules(binarize(rotateImage(scan, -skew)), { dpi });
  });

  it("recovers the skew within 0.05°", () => {
    expect(Math.abs(skew - angle)).toBeLessThan(0.05);
  });

  it("finds every rule once, within 1 pt of where it was drawn", () => {
    expect(rules).toHaveLength(page.rules.length);
    for (const truth of page.rules) {
      const errors = rules.map((s) => ruleError(truth, s));
      expect(Math.min(...errors), JSON.stringify(truth)).toBeLessThan(1);
      // Centred across the line, not at an edge: ends may carry half the crossing rule's width.
      expect(offsetAcross(truth, rules)).toBeLessThan(0.35);
    }
  });

  it("finds no rule inside text", () => {
    for (const [x0, top, x1, bottom] of page.text) {
      const inside = rules.filter((s) => isHorizontal(s)
        ? s.y1 > top && s.y1 < bottom && s.x1 < x1 && s.x2 > x0
        : s.x1 > x0 && s.x1 < x1 && s.y1 < bottom && s.y2 > top);
      expect(inside).toEqual([]);
    }
  });
});

describe("findRasterRules", () => {
  const dpi = 300;
  /** A4-ish strip drawn clean, then scanned with blur and dust. */
  const strip = (draw: Parameters<typeof drawPage>[4]) => binarize(scanned(drawPage(400, 200, dpi, 0, draw), { blurPx: 1, noise: 10, specklesPerMpx: 300, seed: 3 }));

  it("joins a dashed rule and a rule broken by small gaps into one segment each", () => {
    const bin = strip((ctx) => {
      ctx.setLineDash([3, 1]);
      strokeSegment(ctx, { x1: 20, y1: 50, x2: 379, y2: 50 }, 0.5);
      ctx.setLineDash([]);
      // Gaps of 1.2 pt and 3 pt (under 1% of the 360-pt rule): toner dropouts.
      for (const [x1, x2] of [[20, 150], [151.2, 300], [303, 380]] as const) strokeSegment(ctx, { x1, y1: 120, x2, y2: 120 }, 0.5);
    });
    const rules = findRasterRules(bin, { dpi });
    expect(rules).toHaveLength(2);
    expect(ruleError({ x1: 20, y1: 50, x2: 379, y2: 50 }, rules[0]!)).toBeLessThan(1);
    expect(ruleError({ x1: 20, y1: 120, x2: 380, y2: 120 }, rules[1]!)).toBeLessThan(1);
  });

  it("gives a thick blurred rule as one segment along its centre", () => {
    const bin = strip((ctx) => {
      strokeSegment(ctx, { x1: 20, y1: 80.3, x2: 380, y2: 80.3 }, 2.5);
      strokeSegment(ctx, { x1: 200.6, y1: 10, x2: 200.6, y2: 190 }, 1.2);
    });
    const rules = findRasterRules(bin, { dpi });
    expect(rules).toHaveLength(2);
    expect(Math.abs(rules[0]!.y1 - 80.3)).toBeLessThan(0.3);
    expect(Math.abs(rules[1]!.x1 - 200.6)).toBeLessThan(0.3);
    expect(rules[1]!.y1).toBeLessThan(11);
    expect(rules[1]!.y2).toBeGreaterThan(189);
  });

  it("keeps a half-inch rule and drops shorter strokes and a solid fill", () => {
    const bin = strip((ctx) => {
      strokeSegment(ctx, { x1: 20, y1: 40, x2: 58, y2: 40 }, 0.5);
      strokeSegment(ctx, { x1: 100, y1: 40, x2: 130, y2: 40 }, 0.5);
      ctx.fillRect(200, 100, 150, 40);
    });
    expect(findRasterRules(bin, { dpi })).toEqual([{ x1: expect.closeTo(20, 0), y1: expect.closeTo(40, 0), x2: expect.closeTo(58, 0), y2: expect.closeTo(40, 0) }]);
  });

  it("places a crop's rules on the page by its origin", () => {
    const bin = strip((ctx) => strokeSegment(ctx, { x1: 20, y1: 50, x2: 380, y2: 50 }, 1));
    const [rule] = findRasterRules(bin, { dpi, originPt: { x: 100, y: 300 } });
    expect(ruleError({ x1: 120, y1: 350, x2: 480, y2: 350 }, rule!)).toBeLessThan(1);
  });
});

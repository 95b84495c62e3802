import { describe, expect, it } from "vitest";
import { readContent } from "../../src/pdf/content.js";
import { OPS, type PDFPageProxy } from "../../src/pdf/pdfjs.js";

/** The little of a pdfjs page readContent uses: an A4 viewport (y flipped) and no fonts. */
const fakePage = {
  getViewport: () => ({ transform: [1, 0, 0, -1, 0, 842], width: 595, height: 842 }),
  commonObjs: { get: () => ({}) },
} as unknown as PDFPageProxy;

describe("readContent on a 200,000-segment path", () => {
  it("returns every axis-aligned segment (was `out.push(...segments)`: a stack overflow, the page dropped)", () => {
    const n = 200_000;
    // moveTo, then a zig-zag of horizontal and vertical lineTos: 3 numbers per op.
    const data = new Float32Array(3 + 3 * n);
    data.set([0, 10, 10]);
    let x = 10, y = 10;
    for (let i = 0; i < n; i++) {
      if (i % 2 === 0) x += 1; else y += 1;
      data.set([1, x, y], 3 + 3 * i);
    }
    const started = performance.now();
    const { rules } = readContent(fakePage, { fnArray: [OPS.constructPath], argsArray: [[OPS.stroke, [data], null]] });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(rules).toHaveLength(n);
    expect(rules.filter((s) => s.y1 === s.y2)).toHaveLength(n / 2);
    expect(rules.at(-1)).toEqual({ x1: 10 + n / 2, y1: 842 - 10 - n / 2, x2: 10 + n / 2, y2: 842 - 10 - n / 2 + 1 });

  });
});

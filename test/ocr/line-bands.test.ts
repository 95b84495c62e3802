import { describe, expect, it } from "vitest";
import { lineBands, pageLineHeight } from "../../src/ocr/line-bands.js";
import type { GreyImage } from "../../src/ocr/raster/grey-image.js";

/** A white image with black rows of ink: each [y0, y1, width] a line of glyph-like blocks 1 px apart. */
function image(lines: readonly [number, number, number][], height = 120, width = 200): GreyImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const [y0, y1, w] of lines) for (let y = y0; y < y1; y++) for (let x = 4; x < 4 + w; x++) if (x % 12 !== 0) data[y * width + x] = 0;
  return { width, height, data };
}

describe("lineBands", () => {
  it("finds the lines of a cell separated by blank rows, top to bottom", () => {
    expect(lineBands(image([[10, 30, 150], [40, 60, 180], [70, 90, 60]]))).toEqual([{ y0: 10, y1: 30 }, { y0: 40, y1: 60 }, { y0: 70, y1: 90 }]);
  });

  it("cuts two lines that touch (toner bleed) at their emptiest row", () => {
    const img = image([[10, 30, 150], [30, 50, 150]]);
    // The rows where they meet hold a little ink only: a stroke reaching down.
    for (let y = 28; y < 33; y++) for (let x = 0; x < img.width; x++) img.data[y * img.width + x] = x % 40 === 0 ? 0 : 255;
    // With the page's line height (20 px): alone, one cell of two touching lines has nothing to judge by.
    expect(lineBands(img)).toHaveLength(1);
    const bands = lineBands(img, 20);
    expect(bands).toHaveLength(2);
    expect(bands[0]!.y0).toBe(10);
    expect(bands[1]!.y1).toBe(50);
    expect(bands[0]!.y1).toBeGreaterThanOrEqual(28);
    expect(bands[0]!.y1).toBeLessThanOrEqual(33);
  });

  it("keeps a small mark (the dot of ・, an underline) with its line, not as a line of its own", () => {
    expect(lineBands(image([[10, 30, 150], [32, 35, 20], [45, 65, 150]]))).toEqual([{ y0: 10, y1: 35 }, { y0: 45, y1: 65 }]);
  });

  it("takes the page's line height from the cells' own lines", () => {
    expect(pageLineHeight([image([[10, 30, 150], [40, 60, 150]]), image([[5, 27, 100]]), image([[0, 18, 100]]), image([])])).toBe(20);
  });

  it("gives one band for a one-line cell and none for a blank one", () => {
    expect(lineBands(image([[10, 30, 150]]))).toEqual([{ y0: 10, y1: 30 }]);
    expect(lineBands(image([]))).toEqual([]);
  });
});

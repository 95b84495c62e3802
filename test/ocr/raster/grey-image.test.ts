import { describe, expect, it } from "vitest";
import { cropGrey, greyFromRgba, histogram, percentile } from "../../../src/ocr/raster/grey-image.js";

describe("greyFromRgba", () => {
  it("takes luma and reads transparency as white paper", () => {
    const rgba = new Uint8ClampedArray([0, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 128]);
    expect([...greyFromRgba({ width: 5, height: 1, data: rgba }).data]).toEqual([0, 255, 76, 255, 128]);
  });
});

describe("cropGrey", () => {
  it("copies the box, clamped to the image", () => {
    const img = { width: 4, height: 3, data: Uint8Array.from({ length: 12 }, (_, i) => i) };
    expect(cropGrey(img, { x0: 1, y0: 1, x1: 3, y1: 3 })).toEqual({ width: 2, height: 2, data: Uint8Array.from([5, 6, 9, 10]) });
    expect(cropGrey(img, { x0: -5, y0: 2, x1: 2, y1: 9 })).toEqual({ width: 2, height: 1, data: Uint8Array.from([8, 9]) });
  });
});

describe("percentile", () => {
  it("gives the level below which the share of pixels lies", () => {
    const data = Uint8Array.from({ length: 100 }, (_, i) => i);
    expect(percentile(histogram(data), 0.9)).toBe(89);
    expect(percentile(histogram(data), 0)).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { binarize } from "../../../src/ocr/raster/binarize.js";
import { estimateSkew, rotateImage } from "../../../src/ocr/raster/deskew.js";
import { createGreyImage } from "../../../src/ocr/raster/grey-image.js";
import { scanned } from "./synthetic.js";
import { drawTablePage } from "./table-page.js";

describe("estimateSkew", () => {
  it.each([-1.8, -0.6, -0.2, 0, 0.13, 0.35, 1.2])("recovers %f° on a grainy 150-dpi page within 0.05°", (angle) => {
    const scan = scanned(drawTablePage(150, angle).image, { paper: [225, 250], noise: 10, specklesPerMpx: 300, seed: 5 });
    expect(Math.abs(estimateSkew(binarize(scan)) - angle)).toBeLessThan(0.05);
  });

  it("says 0 for a blank page", () => {
    expect(estimateSkew(binarize(createGreyImage(800, 600)))).toBe(0);
  });

  it("undoes itself: the page rotated back measures straight", () => {
    const scan = scanned(drawTablePage(150, 0.45).image, { noise: 8, seed: 2 });
    const skew = estimateSkew(binarize(scan));
    expect(Math.abs(estimateSkew(binarize(rotateImage(scan, -skew))))).toBeLessThan(0.02);
  });
});

describe("rotateImage", () => {
  it("turns clockwise on screen about the centre, keeps the size and fills uncovered corners white", () => {
    const img = createGreyImage(201, 101, 0);
    const out = rotateImage(img, 10);
    expect([out.width, out.height]).toEqual([201, 101]);
    expect(out.data[0]).toBe(255);
    expect(out.data[50 * 201 + 100]).toBe(0);
  });

  it("moves a dot where a clockwise turn puts it", () => {
    const img = createGreyImage(200, 200);
    img.data[100 * 200 + 159] = 0; // pixel centre (159.5, 100.5): 59.5 right of and 0.5 below the centre
    const out = rotateImage(img, 90);
    // Clockwise by 90° on screen (y down): right of centre goes below it, to (99.5, 159.5).
    let darkest = 0;
    for (let i = 1; i < out.data.length; i++) if (out.data[i]! < out.data[darkest]!) darkest = i;
    expect([darkest % 200, Math.floor(darkest / 200)]).toEqual([99, 159]);
  });

  it("is undone by the opposite turn, up to interpolation blur", () => {
    const img = createGreyImage(120, 80);
    for (let y = 20; y < 60; y++) for (let x = 30; x < 90; x++) img.data[y * 120 + x] = 0;
    const back = rotateImage(rotateImage(img, 0.7), -0.7);
    let differing = 0;
    for (let i = 0; i < img.data.length; i++) if (Math.abs(back.data[i]! - img.data[i]!) > 128) differing++;
    expect(differing).toBeLessThan(10);
  });
});

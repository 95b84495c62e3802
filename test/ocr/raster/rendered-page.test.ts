import { readFileSync } from "node:fs";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { beforeAll, describe, expect, it } from "vitest";
import { openPdf, readPage, renderPage } from "../../../src/pdf/index.js";
import { binarize } from "../../../src/ocr/raster/binarize.js";
import { estimateSkew, rotateImage } from "../../../src/ocr/raster/deskew.js";
import { greyFromRgba, type GreyImage } from "../../../src/ocr/raster/grey-image.js";
import { findRasterRules } from "../../../src/ocr/raster/raster-rules.js";
import type { Segment } from "../../../src/types/geometry.js";
import { isCovered, joinPieces } from "./rule-match.js";
import { scanned } from "./synthetic.js";

const DPI = 300, ANGLE = 0.4;

async function decodePng(png: Buffer): Promise<GreyImage> {
  const img = await loadImage(png);
  const ctx = createCanvas(img.width, img.height).getContext("2d");
  ctx.drawImage(img, 0, 0);
  return greyFromRgba(ctx.getImageData(0, 0, img.width, img.height));
}

/** r2-lines.pdf page 1 (a vector A3 ruled table) rendered, turned 0.4°, scanned with grain and dust, then deskewed. */
describe("rules of a rendered real page, skewed and scanned", () => {
  let vector: Segment[];
  let skew: number;
  let found: Segment[];
  beforeAll(async () => {
    const pdf = await openPdf(new Uint8Array(readFileSync("fixtures/pdf/r2-lines.pdf")));
    try {
      vector = joinPieces((await readPage(pdf, 1)).rules);
      const clean = await decodePng((await renderPage(pdf, 1, DPI)).png);
      const scan = scanned(rotateImage(clean, ANGLE), { paper: [220, 245], noise: 10, specklesPerMpx: 150, seed: 11 });
      skew = estimateSkew(binarize(scan));
      found = findRasterRules(binarize(rotateImage(scan, -skew)), { dpi: DPI });
    } finally {
      await pdf.close();
    }
  });

  it("measures the skew within 0.05°", () => {
    expect(Math.abs(skew - ANGLE)).toBeLessThan(0.05);
  });

  it("finds every long vector rule within 1.5 pt, end to end", () => {
    const long = vector.filter((s) => Math.hypot(s.x2 - s.x1, s.y2 - s.y1) >= 36);
    expect(long.length).toBeGreaterThan(20);
    expect(long.filter((s) => !isCovered(s, found, 1.5))).toEqual([]);
  });

  it("finds no rule the vector page does not have", () => {
    const stray = found.filter((s) => !vector.some((v) => isCovered(s, [v], 1.5) || isCovered(v, [s], 1.5)
      || (s.y1 === s.y2 ? v.y1 === v.y2 && Math.abs(v.y1 - s.y1) <= 1.5 && v.x1 <= s.x2 && v.x2 >= s.x1
        : v.x1 === v.x2 && Math.abs(v.x1 - s.x1) <= 1.5 && v.y1 <= s.y2 && v.y2 >= s.y1)));
    expect(stray).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { binarize, binarizeGlyphs, otsuThreshold } from "../../../src/ocr/raster/binarize.js";
import { createGreyImage, histogram } from "../../../src/ocr/raster/grey-image.js";
import { drawPage, scanned } from "./synthetic.js";

describe("otsuThreshold", () => {
  it("cuts between the two modes", () => {
    const img = createGreyImage(100, 10, 230);
    img.data.fill(40, 0, 300);
    const t = otsuThreshold(histogram(img.data));
    expect(t).toBeGreaterThanOrEqual(40);
    expect(t).toBeLessThan(230);
  });
});

describe("binarize", () => {
  /** Text and rules on paper shading from dark grey to white: no single threshold fits both ends. */
  const clean = drawPage(300, 150, 150, 0, (ctx) => {
    ctx.font = "12px DejaVu Sans";
    for (let y = 20; y < 150; y += 18) ctx.fillText("Budget 1,234,567 yen 2024", 10, y);
    ctx.fillRect(5, 5, 290, 0.75);
  });
  const shaded = scanned(clean, { paper: [120, 250], noise: 8, seed: 4 });

  it("separates ink from unevenly grey paper", () => {
    const bin = binarize(shaded);
    let wrong = 0, ink = 0;
    for (let i = 0; i < clean.data.length; i++) {
      const truth = clean.data[i]! < 100 ? 1 : clean.data[i]! > 200 ? 0 : -1; // antialiased edges may go either way
      if (truth === 1) ink++;
      if (truth >= 0 && bin.data[i] !== truth) wrong++;
    }
    expect(ink).toBeGreaterThan(3000);
    expect(wrong / clean.data.length).toBeLessThan(0.002);
  });

  it("where one Otsu threshold over the raw page would blacken the dark end", () => {
    const t = otsuThreshold(histogram(shaded.data));
    let paperTakenForInk = 0;
    for (let i = 0; i < clean.data.length; i++) if (clean.data[i]! > 200 && shaded.data[i]! <= t) paperTakenForInk++;
    expect(paperTakenForInk / clean.data.length).toBeGreaterThan(0.05);
  });

  it("finds no ink on blank grainy paper", () => {
    const bin = binarize(scanned(createGreyImage(400, 300), { paper: [200, 240], noise: 12, seed: 1 }));
    expect(bin.data.reduce((s, v) => s + v, 0)).toBe(0);
  });
});

describe("binarizeGlyphs", () => {
  it("keeps a light grey stroke and leaves blank crops empty", () => {
    const crop = createGreyImage(20, 10, 235);
    crop.data.fill(165, 40, 60);
    crop.data.fill(30, 100, 103);
    expect(binarizeGlyphs(crop).data.slice(40, 60).every((v) => v === 1)).toBe(true);
    expect(binarizeGlyphs(scanned(createGreyImage(20, 10, 235), { noise: 8, seed: 1 })).data.every((v) => v === 0)).toBe(true);
  });
});

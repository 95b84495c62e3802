import { createCanvas, type SKRSContext2D } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { greyFromRgba, type GreyImage, type PixelBox } from "../../../src/ocr/raster/grey-image.js";
import { findTriangleSign } from "../../../src/ocr/raster/triangle-sign.js";
import { hasJapaneseFont, scanned } from "./synthetic.js";

/** What is drawn left of the number: a triangle path, or a glyph from the font. */
type Prefix = { path: "filled" | "outline" } | { glyph: string } | null;

/** Cap height of DejaVu Sans and IPAexGothic digits, as a share of the font size. */
const DIGIT_HEIGHT_EM = 0.73;

/** A cell crop: `prefix` then "1,234" with digits `digitPx` tall, lightly blurred and grainy; and the digits' box. */
function cell(prefix: Prefix, digitPx: number, seed = 1): { crop: GreyImage; numberBox: PixelBox } {
  const fontPx = digitPx / DIGIT_HEIGHT_EM;
  const w = Math.ceil(digitPx * 9), h = Math.ceil(digitPx * 2.2);
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = "#000";
  ctx.strokeStyle = "#000";
  const baseline = Math.round(h / 2 + digitPx / 2);
  const signX = Math.round(digitPx * 0.8);
  const family = hasJapaneseFont ? "IPAexGothic" : "DejaVu Sans";
  ctx.font = `${fontPx}px ${family}`;
  let numberX = signX;
  if (prefix && "path" in prefix) {
    drawTriangle(ctx, signX, baseline, digitPx, prefix.path);
    numberX = signX + digitPx * 1.25;
  } else if (prefix) {
    ctx.fillText(prefix.glyph, signX, baseline);
    numberX = signX + ctx.measureText(prefix.glyph).width + digitPx * 0.1;
  }
  ctx.fillText("1,234", numberX, baseline);
  const crop = scanned(greyFromRgba(ctx.getImageData(0, 0, w, h)), { paper: [235, 235], noise: 6, seed });
  return { crop, numberBox: { x0: Math.floor(numberX), y0: baseline - Math.ceil(digitPx), x1: Math.ceil(numberX + ctx.measureText("1,234").width), y1: baseline } };
}

/** An equilateral-ish triangle on the baseline, as tall as the digits; the outline's stroke is an eighth of that. */
function drawTriangle(ctx: SKRSContext2D, x: number, baseline: number, size: number, kind: "filled" | "outline"): void {
  const stroke = Math.max(1, size / 8), inset = kind === "outline" ? stroke / 2 : 0;
  ctx.beginPath();
  ctx.moveTo(x + size * 0.58, baseline - size + inset);
  ctx.lineTo(x + size * 1.15 - inset, baseline - inset);
  ctx.lineTo(x + inset, baseline - inset);
  ctx.closePath();
  if (kind === "filled") ctx.fill();
  else { ctx.lineWidth = stroke; ctx.stroke(); }
}

const SIZES = [8, 9, 10, 11, 12, 13, 14, 20, 30];
const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);

describe("findTriangleSign", () => {
  for (const size of SIZES) {
    it(`tells ▲ from △ drawn as paths, digits ${size} px tall`, () => {
      for (const seed of SEEDS) {
        const filled = cell({ path: "filled" }, size, seed), outline = cell({ path: "outline" }, size, seed);
        expect(findTriangleSign(filled.crop, filled.numberBox)?.sign).toBe("▲");
        expect(findTriangleSign(outline.crop, outline.numberBox)?.sign).toBe("△");
        // Without the OCR box, the crop's first glyph is tested.
        expect(findTriangleSign(filled.crop)?.sign).toBe("▲");
        expect(findTriangleSign(outline.crop)?.sign).toBe("△");
      }
    });

    it(`finds nothing before a plain or minus-signed number, digits ${size} px tall`, () => {
      for (const prefix of [null, { glyph: "-" }, { glyph: "4" }, { glyph: "A" }, { glyph: "(" }]) {
        for (const seed of SEEDS) {
          const { crop, numberBox } = cell(prefix, size, seed);
          expect(findTriangleSign(crop, numberBox), JSON.stringify(prefix)).toBeNull();
          expect(findTriangleSign(crop), JSON.stringify(prefix)).toBeNull();
        }
      }
    });

    it.skipIf(!hasJapaneseFont)(`reads the font's ▲ and △ and not 人 or ム, digits ${size} px tall`, () => {
      for (const seed of SEEDS) {
        const sign = (glyph: string) => {
          const { crop, numberBox } = cell({ glyph }, size, seed);
          return findTriangleSign(crop, numberBox)?.sign ?? null;
        };
        expect(sign("▲")).toBe("▲");
        expect(sign("△")).toBe("△");
        expect(sign("人")).toBeNull();
        expect(sign("ム")).toBeNull();
        expect(sign("Ａ")).toBeNull();
        expect(sign("ー")).toBeNull();
      }
    });
  }

  it("reads the sign when the OCR word box swallowed it", () => {
    const { crop, numberBox } = cell({ path: "filled" }, 12);
    expect(findTriangleSign(crop, { ...numberBox, x0: numberBox.x0 - 16 })?.sign).toBe("▲");
  });

  it("gives the triangle's box in the crop", () => {
    const { crop, numberBox } = cell({ path: "filled" }, 14);
    const box = findTriangleSign(crop, numberBox)!.box;
    expect(box.x0).toBeGreaterThanOrEqual(10);
    expect(box.x1).toBeLessThanOrEqual(Math.ceil(11.2 + 14 * 1.15) + 1);
    expect(box.y1 - box.y0).toBeGreaterThanOrEqual(13);
    expect(box.y1 - box.y0).toBeLessThanOrEqual(16);
  });
});

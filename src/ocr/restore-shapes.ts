import type { OcrWord, PxBox } from "./engine.js";
import { binarizeGlyphs } from "./raster/binarize.js";
import { cropGrey, type GreyImage } from "./raster/grey-image.js";
import { findTriangleSign } from "./raster/triangle-sign.js";

type Symbol = OcrWord["symbols"][number];

const DIGIT = /[0-9０-９]/u;
/** What the jpn model makes of a ▲ or △ (it has no class for them). */
const TRIANGLE_MISREADS = new Set(["人", "A", "Ａ", "ム", "Δ", "△", "▲", "^", "4"]);
/** Inside the inscribed ellipse a filled disc is nearly all ink, outside it little. */
const DISC_INSIDE_INK = 0.95, DISC_OUTSIDE_INK = 0.12;

/**
 * ▲/△ left of a number, which the jpn model has no class for (read as 人, A, ム or nothing: a negative amount
 * that would come out positive), put back from the cell image: the symbol tesseract made of the triangle is
 * replaced; a triangle it dropped is put in front of the number.
 */
export function restoreSigns(words: readonly OcrWord[], image: GreyImage): OcrWord[] {
  const out = [...words];
  for (let w = 0; w < out.length; w++) restoreSign(out, w, image);
  return out;
}

/** Looks for a triangle just left of the number that word `w` starts (or holds after non-digits), in place. */
function restoreSign(words: OcrWord[], w: number, image: GreyImage): void {
  const word = words[w]!;
  const first = word.symbols.findIndex((s) => DIGIT.test(s.text));
  if (first < 0 || (first > 0 && DIGIT.test(word.symbols[first - 1]!.text))) return;
  const digit = word.symbols[first]!;
  const h = digit.y1 - digit.y0;
  // Only the strip left of the number is searched: components over a whole cell would cost far more.
  const region = { x0: Math.max(0, Math.floor(digit.x0 - 3.5 * h)), y0: Math.max(0, Math.floor(digit.y0 - 0.5 * h)), x1: Math.ceil(digit.x1), y1: Math.min(image.height, Math.ceil(digit.y1 + 0.5 * h)) };
  const found = findTriangleSign(cropGrey(image, region), { x0: digit.x0 - region.x0, y0: digit.y0 - region.y0, x1: digit.x1 - region.x0, y1: digit.y1 - region.y0 });
  if (!found) return;
  const box = { x0: found.box.x0 + region.x0, y0: found.box.y0 + region.y0, x1: found.box.x1 + region.x0, y1: found.box.y1 + region.y0 };
  const sign: Symbol = { text: found.sign, ...box };
  // The symbol read just before the digits, in this word or ending the previous one, is the misread sign when it
  // is one of the model's usual readings of a triangle (its boxes are too unreliable to tell by position).
  const previous = words[w - 1];
  if (first > 0 && TRIANGLE_MISREADS.has(word.symbols[first - 1]!.text)) words[w] = withSymbols(word, [...word.symbols.slice(0, first - 1), sign, ...word.symbols.slice(first)]);
  else if (first === 0 && previous?.symbols.length && TRIANGLE_MISREADS.has(previous.symbols.at(-1)!.text)) {
    words[w - 1] = withSymbols(previous, previous.symbols.slice(0, -1));
    words[w] = withSymbols(word, [sign, ...word.symbols]);
  }
  else words[w] = withSymbols(word, [...word.symbols.slice(0, first), sign, ...word.symbols.slice(first)]);
}

/**
 * Puts a ● (erased from the image before OCR, see cellImage) back at the start of the line it began: into the
 * first word, in reading order, of the words beside it.
 */
export function putBackDiscs(words: readonly OcrWord[], discs: readonly PxBox[]): OcrWord[] {
  const out = [...words];
  for (const d of discs) {
    const h = d.y1 - d.y0;
    const beside = out.filter((w) => Math.min(w.y1, d.y1) - Math.max(w.y0, d.y0) > 0.3 * h && w.x1 > d.x1);
    const first = beside.sort((p, q) => p.line.x0 - q.line.x0 || out.indexOf(p) - out.indexOf(q))[0];
    if (!first) continue;
    const disc = { text: "●", ...d };
    out[out.indexOf(first)] = first.symbols.length ? withSymbols(first, [disc, ...first.symbols]) : { ...first, text: `●${first.text}`, x0: Math.min(first.x0, d.x0) };
  }
  return out;
}

function withSymbols(word: OcrWord, symbols: readonly Symbol[]): OcrWord {
  return {
    ...word, symbols, text: symbols.map((s) => s.text).join(""),
    x0: Math.min(word.x0, ...symbols.map((s) => s.x0)), x1: Math.max(word.x1, ...symbols.map((s) => s.x1)),
    y0: Math.min(word.y0, ...symbols.map((s) => s.y0)), y1: Math.max(word.y1, ...symbols.map((s) => s.y1)),
  };
}

/** Whether the ink in `box` of a cell image is a filled disc: about square, solid inside its inscribed ellipse, clear outside. */
export function isFilledDisc(image: GreyImage, box: PxBox): boolean {
  const x0 = Math.max(0, Math.floor(box.x0)), y0 = Math.max(0, Math.floor(box.y0));
  const x1 = Math.min(image.width, Math.ceil(box.x1)), y1 = Math.min(image.height, Math.ceil(box.y1));
  const w = x1 - x0, h = y1 - y0;
  if (w < 5 || h < 5 || w > 1.3 * h || h > 1.3 * w) return false;
  const crop = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) crop.set(image.data.subarray((y0 + y) * image.width + x0, (y0 + y) * image.width + x1), y * w);
  const bin = binarizeGlyphs({ width: w, height: h, data: crop });
  let inside = 0, insideInk = 0, outside = 0, outsideInk = 0;
  const cx = (w - 1) / 2, cy = (h - 1) / 2;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const r = ((x - cx) / (w / 2)) ** 2 + ((y - cy) / (h / 2)) ** 2;
    // A ring around the ellipse's edge is left out: blur and the symbol box's rounding blur the boundary.
    if (r < 0.6) { inside++; insideInk += bin.data[y * w + x]!; } else if (r > 1.15) { outside++; outsideInk += bin.data[y * w + x]!; }
  }
  if (inside === 0 || insideInk / inside < DISC_INSIDE_INK || (outside > 0 && outsideInk / outside > DISC_OUTSIDE_INK)) return false;
  // Every row of a disc is one unbroken run of ink; a dense kanji (事, 書) has gaps between its strokes.
  for (let y = Math.floor(h * 0.15); y < Math.ceil(h * 0.85); y++) {
    const row = bin.data.subarray(y * w, (y + 1) * w);
    const first = row.indexOf(1), last = row.lastIndexOf(1);
    if (first < 0 || row.subarray(first, last + 1).includes(0)) return false;
  }
  return true;
}

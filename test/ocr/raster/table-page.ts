import type { Segment } from "../../../src/types/geometry.js";
import { drawPage, hasJapaneseFont, strokeSegment } from "./synthetic.js";
import type { GreyImage } from "../../../src/ocr/raster/grey-image.js";
import type { Bbox } from "../../../src/types/geometry.js";

export const A3_LANDSCAPE = { width: 1190.55, height: 841.89 } as const;

export interface TablePage {
  readonly image: GreyImage;
  /** The rules as drawn, in points, before rotation. */
  readonly rules: readonly Segment[];
  /** Boxes of the text drawn in cells, in points, before rotation. */
  readonly text: readonly Bbox[];
}

const COLUMN_WIDTHS = [60, 140, 90, 120, 75, 160, 90, 110, 130, 85];
const ROW_HEIGHT = 28, ROWS = 22, LEFT = 50, TOP = 90;

/**
 * An A3 landscape budget-style table: 1-pt outer frame, 0.5-pt inner grid, a 1.5-pt rule under the
 * header, numbers (some negative, ▲) right-aligned in cells, a kanji paragraph above the table.
 */
export function drawTablePage(dpi: number, angleDeg: number): TablePage {
  const xs = [LEFT];
  for (const w of COLUMN_WIDTHS) xs.push(xs.at(-1)! + w);
  const ys = Array.from({ length: ROWS + 1 }, (_, i) => TOP + i * ROW_HEIGHT);
  const right = xs.at(-1)!, bottom = ys.at(-1)!;
  const rules: (Segment & { width: number })[] = [
    ...ys.map((y, i) => ({ x1: LEFT, y1: y, x2: right, y2: y, width: i === 1 ? 1.5 : i === 0 || i === ROWS ? 1 : 0.5 })),
    ...xs.map((x, i) => ({ x1: x, y1: TOP, x2: x, y2: bottom, width: i === 0 || i === xs.length - 1 ? 1 : 0.5 })),
  ];
  const text: Bbox[] = [];
  const family = hasJapaneseFont ? "IPAexGothic" : "sans-serif";
  const image = drawPage(A3_LANDSCAPE.width, A3_LANDSCAPE.height, dpi, angleDeg, (ctx) => {
    for (const r of rules) strokeSegment(ctx, r, r.width);
    ctx.font = `10px ${family}`;
    ctx.textBaseline = "alphabetic";
    for (let row = 1; row < ROWS; row++) {
      for (let col = 1; col < COLUMN_WIDTHS.length; col++) {
        const value = ((row * 7919 + col * 104729) % 9_000_000).toLocaleString("en-US");
        const label = (row + col) % 5 === 0 ? `▲${value}` : value;
        const w = ctx.measureText(label).width, x = xs[col + 1]! - 4 - w, y = ys[row + 1]! - 9;
        ctx.fillText(label, x, y);
        text.push([x, y - 8, x + w, y + 2]);
      }
    }
    ctx.font = `12px ${family}`;
    const paragraph = hasJapaneseFont ? "一般会計の歳入決算額は四一四億円、前年度比一二・三％の増加となった。ーーー二三四五" : "General account revenue 41,400,000 — 12.3% up on the year (----)";
    for (let line = 0; line < 3; line++) {
      ctx.fillText(paragraph, LEFT, 40 + line * 15);
      text.push([LEFT, 40 + line * 15 - 10, LEFT + ctx.measureText(paragraph).width, 40 + line * 15 + 3]);
    }
  });
  return { image, rules: rules.map(({ x1, y1, x2, y2 }) => ({ x1, y1, x2, y2 })), text };
}

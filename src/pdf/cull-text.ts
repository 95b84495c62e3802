import { OPS } from "./pdfjs.js";

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f (canvas order). */
type Matrix = readonly [number, number, number, number, number, number];
const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];

/** A glyph reaches this far below its baseline and above it, in ems (with room for accents and odd fonts). */
const DESCENT_EM = 0.5;
const ASCENT_EM = 1.5;
/** Device pixels of slack around the canvas: antialiasing reaches a pixel or so past a glyph's outline. */
const SLACK_PX = 4;

/** What this filter reads of pdfjs's render task (internal to pdfjs ~5.6; absent fields turn the filter off). */
interface InternalTask {
  gfx?: {
    ctx: { getTransform(): { a: number; b: number; c: number; d: number; e: number; f: number } };
    current: {
      font?: { isType3Font?: boolean; vertical?: boolean; isInvalidPDFjsFont?: boolean };
      fontSize: number; fontDirection: number; textHScale: number; fontMatrix: readonly number[]; textRise: number;
      charSpacing: number; wordSpacing: number; textRenderingMode: number; textMatrix: Matrix | null; x: number; y: number;
    };
  };
  operatorList?: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> };
}

/**
 * An operationsFilter for page.render that skips the text runs drawn wholly outside a canvas of `width` ×
 * `height`, moving the text position past them as drawing would. Drawing a region of a page still runs every
 * operator, and each glyph costs five canvas calls even when it lands outside: for a band of a page (the rows
 * that need review) most of the drawing time. Runs in a clipping text mode, Type 3 and vertical fonts are
 * always drawn. Output is pixel-identical (test/pdf/cull-text.test.ts).
 */
export function textOutsideFilter(task: () => unknown, width: number, height: number): (i: number) => boolean {
  return (i) => {
    const internal = (task() as { _internalRenderTask?: InternalTask } | undefined)?._internalRenderTask;
    const gfx = internal?.gfx, list = internal?.operatorList;
    if (!gfx || !list) return true;
    const fn = list.fnArray[i];
    if (fn !== OPS.showText && fn !== OPS.showSpacedText) return true;
    const cur = gfx.current, font = cur.font;
    const glyphs = (list.argsArray[i] as unknown[] | undefined)?.[0];
    if (!font || font.isType3Font || font.vertical || font.isInvalidPDFjsFont || cur.textRenderingMode & 4 || cur.fontSize === 0 || !Array.isArray(glyphs)) return true;
    // The run's advance, as CanvasGraphics.showText adds it up.
    const advanceScale = cur.fontSize * cur.fontMatrix[0]!;
    let x = 0;
    for (const g of glyphs as ({ width: number; isSpace?: boolean } | number)[]) {
      if (typeof g === "number") x -= (g * cur.fontSize) / 1000;
      else x += g.width * advanceScale + ((g.isSpace ? cur.wordSpacing : 0) + cur.charSpacing) * cur.fontDirection;
    }
    const hScale = cur.textHScale * cur.fontDirection;
    const t = gfx.ctx.getTransform();
    let m: Matrix = [t.a, t.b, t.c, t.d, t.e, t.f];
    if (cur.textMatrix) m = times(m, cur.textMatrix);
    m = times(m, [1, 0, 0, 1, cur.x, cur.y + cur.textRise]);
    const size = Math.abs(cur.fontSize);
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const u of [Math.min(0, x * hScale) - size, Math.max(0, x * hScale) + size]) {
      for (const v of [-DESCENT_EM * size, ASCENT_EM * size]) {
        const px = m[0] * u + m[2] * v + m[4], py = m[1] * u + m[3] * v + m[5];
        x0 = Math.min(x0, px); x1 = Math.max(x1, px); y0 = Math.min(y0, py); y1 = Math.max(y1, py);
      }
    }
    if (x1 >= -SLACK_PX && x0 <= width + SLACK_PX && y1 >= -SLACK_PX && y0 <= height + SLACK_PX) return true;
    cur.x += x * hScale;
    return false;
  };
}

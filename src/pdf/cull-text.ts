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

/**
 * Operators that leave the canvas transform as it is. The filter follows the transform itself (save, restore and
 * cm as they come) and reads it from the canvas only after any other operator: each read makes a native
 * DOMMatrix, whose finalizer costs more than the drawing saved.
 */
const KEEP_TRANSFORM = new Set(["showText", "showSpacedText", "nextLineShowText", "nextLineSetSpacingShowText", "beginText", "endText", "setFont",
  "setTextMatrix", "moveText", "setLeadingMoveText", "nextLine", "setCharSpacing", "setWordSpacing", "setHScale", "setLeading", "setTextRise",
  "setTextRenderingMode", "setFillRGBColor", "setStrokeRGBColor", "setFillGray", "setStrokeGray", "setFillCMYKColor", "setStrokeCMYKColor",
  "setFillColor", "setStrokeColor", "setFillColorSpace", "setStrokeColorSpace", "setLineWidth", "setLineCap", "setLineJoin", "setMiterLimit",
  "setDash", "setGState", "setFlatness", "setRenderingIntent", "constructPath", "fill", "stroke", "eoFill", "fillStroke", "eoFillStroke",
  "closeStroke", "closeFillStroke", "closeEOFillStroke", "closePath", "endPath", "rectangle", "moveTo", "lineTo", "curveTo", "curveTo2",
  "curveTo3", "dependency", "markPoint", "markPointProps", "beginMarkedContent", "beginMarkedContentProps", "endMarkedContent",
].map((name) => (OPS as Record<string, number>)[name]).filter((op): op is number => op !== undefined));

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
  // The canvas transform when known (null: read it), and the ones saved.
  let transform: Matrix | null = null;
  const saved: (Matrix | null)[] = [];
  return (i) => {
    const internal = (task() as { _internalRenderTask?: InternalTask } | undefined)?._internalRenderTask;
    const gfx = internal?.gfx, list = internal?.operatorList;
    if (!gfx || !list) return true;
    const fn = list.fnArray[i]!;
    const read = (): Matrix => { const t = gfx.ctx.getTransform(); return [t.a, t.b, t.c, t.d, t.e, t.f]; };
    if (fn === OPS.save) saved.push(transform ??= read());
    else if (fn === OPS.restore) transform = saved.pop() ?? null;
    else if (fn === OPS.transform) {
      const args = list.argsArray[i] as number[] | undefined;
      transform = args?.length === 6 ? times(transform ?? read(), args as unknown as Matrix) : null;
    } else if (!KEEP_TRANSFORM.has(fn)) transform = null;
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
    let m: Matrix = transform ??= read();
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

import { OPS, Util, type PDFPageProxy } from "./pdfjs.js";
import type { Segment, TextRun } from "../types/index.js";
import type { Collection } from "./cid/collection-unicode.js";
import { redecodeFonts, type Redecoded } from "./font-redecode.js";
import { multiply, TextState, type FontInfo, type PdfGlyph } from "./text-state.js";

/** What pdfjs's getOperatorList gives. */
export interface OperatorList { readonly fnArray: ArrayLike<number>; readonly argsArray: ArrayLike<unknown> }

/** pdfjs ≥ 5.1 path buffer opcodes (DrawOPS), see STACK.md §2. */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** A filled rectangle at most this thick (points) is a rule, not a background: Excel often draws borders so. */
export const MAX_RULE_THICKNESS_PT = 2;
/** Lines within this slope (points of drift over the whole length) are taken as axis-aligned. */
const AXIS_TOLERANCE_PT = 0.5;

const STROKE_OPS = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILL_OPS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

type Matrix = number[];
interface GraphicsState { ctm: Matrix; strokeColor: string; fillColor: string }

const isWhite = (color: string): boolean => /^#f[a-f0-9]f[a-f0-9]f[a-f0-9]$/i.test(color);

/** A subpath in page coordinates (top-left origin). */
type Point = readonly [number, number];

/**
 * One walk over a page's operator list: ruling segments from its vector graphics (stroked lines and
 * rectangles, thin filled rectangles taken as their centre line) and text runs with exact glyph extents.
 * Tracks the CTM through save/restore/transform and form XObjects; white strokes and fills are ignored
 * (they erase, they do not rule). `collections` (BaseFont → character collection, asked only when a font's ToUnicode
 * map fails) lets such fonts be re-decoded (font-redecode.ts).
 */
export function readContent(page: PDFPageProxy, { fnArray, argsArray }: OperatorList, collections: () => ReadonlyMap<string, Collection> = () => new Map()): { rules: Segment[]; runs: TextRun[]; redecoded: Redecoded[] } {
  const vp = page.getViewport({ scale: 1 });
  const out: Segment[] = [];
  const runs: TextRun[] = [];
  const text = new TextState();
  const font = (name: string): FontInfo => {
    try { return page.commonObjs.get(name) as FontInfo; } catch { return {}; }
  };
  const { decoders, redecoded } = redecodeFonts(fnArray, argsArray, OPS, page.commonObjs, (id) => {
    const info = font(id);
    return { collection: info.name === undefined ? undefined : collections().get(info.name), emPerUnit: info.fontMatrix?.[0] ?? 0.001 };
  });
  let state: GraphicsState = { ctm: [1, 0, 0, 1, 0, 0], strokeColor: "#000000", fillColor: "#000000" };
  const stack: GraphicsState[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[];
    switch (fn) {
      case OPS.save: stack.push({ ...state }); break;
      case OPS.restore: state = stack.pop() ?? state; break;
      case OPS.transform: state = { ...state, ctm: Util.transform(state.ctm, args as Matrix) as Matrix }; break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ...state });
        if (Array.isArray(args[0])) state = { ...state, ctm: Util.transform(state.ctm, args[0] as Matrix) as Matrix };
        break;
      case OPS.paintFormXObjectEnd: state = stack.pop() ?? state; break;
      case OPS.setStrokeRGBColor: state = { ...state, strokeColor: String(args[0]) }; break;
      case OPS.setFillRGBColor: state = { ...state, fillColor: String(args[0]) }; break;
      case OPS.beginText: text.beginText(); break;
      case OPS.setTextMatrix: text.setTextMatrix(Array.from((Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? args[0] : args) as ArrayLike<number>)); break;
      case OPS.moveText: text.moveText(args[0] as number, args[1] as number); break;
      case OPS.setLeadingMoveText: text.setLeading(-(args[1] as number)); text.moveText(args[0] as number, args[1] as number); break;
      case OPS.setLeading: text.setLeading(args[0] as number); break;
      case OPS.nextLine: text.nextLine(); break;
      case OPS.setCharSpacing: text.setCharSpacing(args[0] as number); break;
      case OPS.setWordSpacing: text.setWordSpacing(args[0] as number); break;
      case OPS.setHScale: text.setHScale(args[0] as number); break;
      case OPS.setTextRise: text.setRise(args[0] as number); break;
      case OPS.setFont: text.setFont(String(args[0]), font(String(args[0])), args[1] as number, decoders.get(String(args[0]))); break;
      case OPS.showText: case OPS.showSpacedText:
        runs.push(...text.showText(args[0] as (PdfGlyph | number | null)[], multiply(vp.transform, state.ctm)));
        break;
      case OPS.constructPath: {
        const paintOp = args[0] as number;
        const data = (args[1] as (Float32Array | null)[] | undefined)?.[0];
        if (!data) break;
        const m = Util.transform(vp.transform, state.ctm) as Matrix;
        const subpaths = toSubpaths(data, m);
        if (STROKE_OPS.has(paintOp) && !isWhite(state.strokeColor)) out.push(...strokeSegments(subpaths));
        if (FILL_OPS.has(paintOp) && !isWhite(state.fillColor)) out.push(...thinRectSegments(subpaths));
        break;
      }
      default: break;
    }
  }
  return { rules: out, runs, redecoded };
}

function apply(m: Matrix, x: number, y: number): Point {
  return [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
}

interface Subpath { points: Point[]; closed: boolean }

function toSubpaths(data: Float32Array, m: Matrix): Subpath[] {
  const paths: Subpath[] = [];
  let cur: Subpath | null = null;
  for (let k = 0; k < data.length; ) {
    const op = data[k++];
    if (op === DRAW.moveTo) {
      cur = { points: [apply(m, data[k]!, data[k + 1]!)], closed: false };
      paths.push(cur);
      k += 2;
    } else if (op === DRAW.lineTo) {
      cur?.points.push(apply(m, data[k]!, data[k + 1]!));
      k += 2;
    } else if (op === DRAW.curveTo) {
      // Curves never rule a table: break the subpath so no straight segment spans them.
      const end = apply(m, data[k + 4]!, data[k + 5]!);
      cur = { points: [end], closed: false };
      paths.push(cur);
      k += 6;
    } else if (op === DRAW.quadraticCurveTo) {
      const end = apply(m, data[k + 2]!, data[k + 3]!);
      cur = { points: [end], closed: false };
      paths.push(cur);
      k += 4;
    } else if (op === DRAW.closePath) {
      if (cur) cur.closed = true;
    } else {
      break; // unknown opcode: stop reading this path rather than misread it
    }
  }
  return paths;
}

function axisSegment(a: Point, b: Point): Segment | null {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dx < 0.01 && dy < 0.01) return null;
  if (dy <= AXIS_TOLERANCE_PT && dx > dy) {
    const y = (a[1] + b[1]) / 2;
    return { x1: Math.min(a[0], b[0]), y1: y, x2: Math.max(a[0], b[0]), y2: y };
  }
  if (dx <= AXIS_TOLERANCE_PT && dy > dx) {
    const x = (a[0] + b[0]) / 2;
    return { x1: x, y1: Math.min(a[1], b[1]), x2: x, y2: Math.max(a[1], b[1]) };
  }
  return null;
}

function strokeSegments(paths: Subpath[]): Segment[] {
  const segs: Segment[] = [];
  for (const p of paths) {
    const pts = p.closed && p.points.length > 2 ? [...p.points, p.points[0]!] : p.points;
    for (let i = 1; i < pts.length; i++) {
      const s = axisSegment(pts[i - 1]!, pts[i]!);
      if (s) segs.push(s);
    }
  }
  return segs;
}

/** An axis-aligned rectangle subpath that is thin in one direction becomes its centre line. */
function thinRectSegments(paths: Subpath[]): Segment[] {
  const segs: Segment[] = [];
  for (const p of paths) {
    const pts = p.points;
    if (pts.length < 4 || pts.length > 5) continue;
    const xs = pts.map((q) => q[0]);
    const ys = pts.map((q) => q[1]);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    // Every corner must sit on the bounding box, or this is not a rectangle.
    const onBox = pts.every((q) => (Math.abs(q[0] - x0) < 0.01 || Math.abs(q[0] - x1) < 0.01) && (Math.abs(q[1] - y0) < 0.01 || Math.abs(q[1] - y1) < 0.01));
    if (!onBox) continue;
    const w = x1 - x0, h = y1 - y0;
    if (h <= MAX_RULE_THICKNESS_PT && w > h) segs.push({ x1: x0, y1: (y0 + y1) / 2, x2: x1, y2: (y0 + y1) / 2 });
    else if (w <= MAX_RULE_THICKNESS_PT && h > w) segs.push({ x1: (x0 + x1) / 2, y1: y0, x2: (x0 + x1) / 2, y2: y1 });
  }
  return segs;
}

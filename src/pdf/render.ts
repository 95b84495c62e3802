import type { Canvas } from "@napi-rs/canvas";
import { textOutsideFilter } from "./cull-text.js";
import type { PdfHandle } from "./load.js";

export interface RenderedPage {
  readonly png: Buffer;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Pixels per PDF point. */
  readonly scale: number;
}

/** Raw pixels of a rendered page: RGBA, row-major. */
export interface PageImage {
  readonly rgba: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
  /** Pixels per PDF point. */
  readonly scale: number;
}

/** The 2D context handed to an overlay, with `scale` pixels per point. */
export type Overlay = (ctx: CanvasRenderingContext2D, scale: number) => void;

/** The canvas a page was drawn on (pdfjs's own @napi-rs/canvas), with its 2D context. */
export interface PdfCanvas {
  readonly canvas: Canvas;
  readonly context: CanvasRenderingContext2D;
}

/**
 * Draws a page at `dpi` on a canvas and hands it to `use` before the page is released; a handle opened only to
 * read draws through its twin (PdfHandle.drawable). With `region` ([x0, top, x1, bottom] in points), only that
 * part of the page is drawn: the canvas is the region's size, its origin the region's top-left corner.
 */
export async function withRenderedPage<T>(handle: PdfHandle, pageNo: number, dpi: number, use: (c: PdfCanvas, w: number, h: number, scale: number) => Promise<T>, region?: readonly [number, number, number, number]): Promise<T> {
  const pdf = await handle.drawable();
  const page = await pdf.guard(pdf.doc.getPage(pageNo));
  try {
    const scale = dpi / 72;
    const vp = page.getViewport(region ? { scale, offsetX: -region[0] * scale, offsetY: -region[1] * scale } : { scale });
    const w = region ? Math.ceil((region[2] - region[0]) * scale) : Math.ceil(vp.width);
    const h = region ? Math.ceil((region[3] - region[1]) * scale) : Math.ceil(vp.height);
    // The document's own canvas factory: a canvas from another copy of @napi-rs/canvas breaks Path2D fills.
    const factory = (pdf.doc as unknown as { canvasFactory: { create(w: number, h: number): PdfCanvas } }).canvasFactory;
    const target = factory.create(w, h);
    try {
      // A region skips the text drawn outside it (most of the time of a band of a page).
      let task: unknown;
      task = page.render({ canvas: target.canvas as never, canvasContext: target.context as never, viewport: vp, ...(region ? { operationsFilter: textOutsideFilter(() => task, w, h) } : {}) });
      await pdf.guard((task as { promise: Promise<void> }).promise);
      return await use(target, w, h, scale);
    } finally {
      // The pixels go now, not when the collector gets to the canvas: a page at 300 dpi is 35 MB.
      target.canvas.width = 0;
      target.canvas.height = 0;
    }
  } finally {
    page.cleanup();
  }
}

/** Renders a page to PNG at `dpi` with pdfjs + @napi-rs/canvas (found by pdfjs itself), then draws `overlay` over it. */
export function renderPage(pdf: PdfHandle, pageNo: number, dpi: number, overlay?: Overlay): Promise<RenderedPage> {
  return withRenderedPage(pdf, pageNo, dpi, async ({ canvas, context }, w, h, scale) => {
    overlay?.(context, scale);
    return { png: await canvas.encode("png"), widthPx: w, heightPx: h, scale };
  });
}

/** Renders a page at `dpi` to raw RGBA (for OCR and raster rules). */
export function renderPageImage(pdf: PdfHandle, pageNo: number, dpi: number): Promise<PageImage> {
  return withRenderedPage(pdf, pageNo, dpi, async ({ context }, width, height, scale) => ({
    rgba: context.getImageData(0, 0, width, height).data, width, height, scale,
  }));
}

import type { PdfHandle } from "./load.js";

export interface RenderedPage {
  readonly png: Buffer;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Pixels per PDF point. */
  readonly scale: number;
}

/** The 2D context handed to an overlay, with `scale` pixels per point. */
export type Overlay = (ctx: CanvasRenderingContext2D, scale: number) => void;

/** Renders a page to PNG at `dpi` with pdfjs + @napi-rs/canvas (found by pdfjs itself), then draws `overlay` over it. */
export async function renderPage(pdf: PdfHandle, pageNo: number, dpi: number, overlay?: Overlay): Promise<RenderedPage> {
  const page = await pdf.doc.getPage(pageNo);
  try {
    const scale = dpi / 72;
    const vp = page.getViewport({ scale });
    const w = Math.ceil(vp.width), h = Math.ceil(vp.height);
    // The document's own canvas factory: a canvas from another copy of @napi-rs/canvas breaks Path2D fills.
    const factory = (pdf.doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: { encode(f: "png"): Promise<Buffer> }; context: unknown } } }).canvasFactory;
    const { canvas, context } = factory.create(w, h);
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport: vp }).promise;
    overlay?.(context as CanvasRenderingContext2D, scale);
    return { png: await canvas.encode("png"), widthPx: w, heightPx: h, scale };
  } finally {
    page.cleanup();
  }
}

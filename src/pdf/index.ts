export { openPdf, type OpenOptions, type PdfHandle } from "./load.js";
export { stopPdfjsThread } from "./worker-thread.js";
export { readPage } from "./read-page.js";
export { renderPage, renderPageImage, withRenderedPage, type PageImage, type PdfCanvas, type RenderedPage, type Overlay } from "./render.js";
export { assessTextLayer } from "./quality.js";

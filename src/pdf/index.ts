export { openPdf, type PdfHandle } from "./load.js";
export { readPage } from "./read-page.js";
export { renderPage, type RenderedPage, type Overlay } from "./render.js";
export { assessTextLayer } from "./quality.js";

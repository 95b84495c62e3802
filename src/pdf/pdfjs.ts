// The one entry to pdfjs-dist. The first import below runs before pdfjs is evaluated (ESM evaluates a module's
// imports in order), so it holds the engine's built-ins; they are restored as soon as pdfjs has loaded.
import { restoreNativeBuiltins } from "./native-builtins.js";
import { getDocument, OPS, PDFWorker, Util } from "pdfjs-dist/legacy/build/pdf.mjs";

restoreNativeBuiltins();

export { getDocument, OPS, PDFWorker, Util };
export type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

import { createRequire } from "node:module";
import path from "node:path";
import { getDocument, PDFWorker, type PDFDocumentProxy } from "./pdfjs.js";
import { InputError } from "../errors.js";
import type { Collection } from "./cid/collection-unicode.js";
import { fontCollections } from "./cid/font-collections.js";
import { leasePdfjsThread } from "./worker-thread.js";

const require = createRequire(import.meta.url);
// cMaps and standard fonts come from the package's own folders: never a URL (no network at run time).
const PDFJS_DIR = path.dirname(require.resolve("pdfjs-dist/package.json"));

export interface PdfHandle {
  readonly doc: PDFDocumentProxy;
  readonly pageCount: number;
  /** `p`, or a rejection if the parser thread dies first (a pdfjs promise would then never settle). */
  guard<T>(p: Promise<T>): Promise<T>;
  /**
   * The document as it can be drawn: this handle if it was opened to draw, else the same bytes opened again to
   * draw (once, on first use; closed with this one).
   */
  drawable(): Promise<PdfHandle>;
  close(): Promise<void>;
  /** BaseFont → character collection of the CID fonts whose CIDSystemInfo names one (read from the bytes once, on first use). */
  fontCollections(): ReadonlyMap<string, Collection>;
}

export interface OpenOptions {
  readonly password?: string;
  /**
   * Whether pages will be rendered (default true). On Node pdfjs draws text as glyph outlines, which it builds in
   * the parser for every glyph shown and sends over; a handle that only reads text and rules skips that (87 ms of
   * the parser's 730 on r2-lines.pdf) and opens a drawing twin if a page must be rendered after all.
   */
  readonly forDrawing?: boolean;
}

/**
 * A handle that only reads draws nothing, so its fonts need not be installed. pdfjs's font loader would try (a
 * CSS rule with the font in base64 — no DOM on Node — then a fallback that makes the parser build every glyph's
 * outline after all). The loader is private to pdfjs: if a later version moves it, fonts take that fallback —
 * slower, same content.
 */
function skipFontInstall(doc: PDFDocumentProxy): void {
  const loader = (doc as unknown as { _transport?: { fontLoader?: { bind?: unknown } } })._transport?.fontLoader;
  if (loader && typeof loader.bind === "function") loader.bind = async () => {};
}

const PDF_MAGIC = "%PDF-";

/**
 * Opens a PDF from bytes with pdfjs-dist (legacy build, for Node).
 * Throws InputError for what is the user's file's fault: not a PDF, encrypted, unreadable, no pages.
 */
export async function openPdf(bytes: Uint8Array, opts: OpenOptions = {}): Promise<PdfHandle> {
  if (bytes.byteLength === 0) throw new InputError("the file is empty", "empty");
  // The header may sit after some junk bytes (the spec allows it within the first 1024 bytes).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (!head.includes(PDF_MAGIC)) throw new InputError("not a PDF (no %PDF- header)", "not-pdf");
  const lease = leasePdfjsThread((port) => new PDFWorker({ port: port as never, verbosity: 0 }));
  const guard = <T>(p: Promise<T>): Promise<T> => Promise.race([p, lease.died]);
  const forDrawing = opts.forDrawing ?? true;
  let twin: Promise<PdfHandle> | undefined;
  const close = async (): Promise<void> => {
    await (await twin?.catch(() => undefined))?.close();
    // A dead thread cannot answer pdfjs's clean-up message: do not wait for it.
    if (!lease.isDead()) await guard(task.destroy()).catch(() => undefined);
    lease.release();
  };
  const task = getDocument({
    worker: lease.pdfWorker,
    // pdfjs transfers (detaches) the array it is given: hand it a copy so the caller keeps its bytes.
    data: new Uint8Array(bytes),
    password: opts.password,
    standardFontDataUrl: path.join(PDFJS_DIR, "standard_fonts") + "/",
    cMapUrl: path.join(PDFJS_DIR, "cmaps") + "/",
    cMapPacked: true,
    wasmUrl: path.join(PDFJS_DIR, "wasm") + "/",
    iccUrl: path.join(PDFJS_DIR, "iccs") + "/",
    isEvalSupported: false,
    // The parser asks this thread for cMaps, fonts and wasm, which are read with fs: it never fetches.
    useWorkerFetch: false,
    verbosity: 0,
    // pdfjs's default on Node (no DOM fonts): text drawn as glyph outlines, built in the parser for every glyph
    // shown. A reading handle needs none.
    disableFontFace: forDrawing,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await guard(task.promise);
  } catch (err) {
    await close();
    const name = (err as { name?: string }).name ?? "";
    const msg = (err as Error).message ?? String(err);
    if (name === "PasswordException") {
      throw new InputError(opts.password ? "the PDF password is wrong" : "the PDF is encrypted (pass --password)", "encrypted");
    }
    throw new InputError(`the PDF cannot be read: ${msg.split("\n")[0]}`, "corrupt");
  }
  if (!forDrawing) skipFontInstall(doc);
  if (doc.numPages === 0) {
    await close();
    throw new InputError("the PDF has no pages", "empty");
  }
  let collections: Map<string, Collection> | undefined;
  const handle: PdfHandle = {
    doc, pageCount: doc.numPages, guard, close,
    fontCollections: () => (collections ??= fontCollections(bytes)),
    drawable: () => forDrawing ? Promise.resolve(handle) : (twin ??= openPdf(bytes, { ...opts, forDrawing: true })),
  };
  return handle;
}

import { createRequire } from "node:module";
import path from "node:path";
import { getDocument, PDFWorker, type PDFDocumentProxy } from "./pdfjs.js";
import { InputError } from "../errors.js";
import { leasePdfjsThread } from "./worker-thread.js";

const require = createRequire(import.meta.url);
// cMaps and standard fonts come from the package's own folders: never a URL (no network at run time).
const PDFJS_DIR = path.dirname(require.resolve("pdfjs-dist/package.json"));

export interface PdfHandle {
  readonly doc: PDFDocumentProxy;
  readonly pageCount: number;
  /** `p`, or a rejection if the parser thread dies first (a pdfjs promise would then never settle). */
  guard<T>(p: Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const PDF_MAGIC = "%PDF-";

/**
 * Opens a PDF from bytes with pdfjs-dist (legacy build, for Node).
 * Throws InputError for what is the user's file's fault: not a PDF, encrypted, unreadable, no pages.
 */
export async function openPdf(bytes: Uint8Array, opts: { password?: string } = {}): Promise<PdfHandle> {
  if (bytes.byteLength === 0) throw new InputError("the file is empty", "empty");
  // The header may sit after some junk bytes (the spec allows it within the first 1024 bytes).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (!head.includes(PDF_MAGIC)) throw new InputError("not a PDF (no %PDF- header)", "not-pdf");
  const lease = leasePdfjsThread((port) => new PDFWorker({ port: port as never, verbosity: 0 }));
  const guard = <T>(p: Promise<T>): Promise<T> => Promise.race([p, lease.died]);
  const close = async (): Promise<void> => {
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
    verbosity: 0,
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
  if (doc.numPages === 0) {
    await close();
    throw new InputError("the PDF has no pages", "empty");
  }
  return { doc, pageCount: doc.numPages, guard, close };
}

import { readPage, type PdfHandle } from "../pdf/index.js";
import type { PageContent } from "../types/index.js";

/** Pages requested ahead of the one being built: enough to keep the parser thread busy, few enough to hold. */
const PAGES_AHEAD = 3;

export type PageRead = { readonly page: PageContent } | { readonly err: unknown };

/**
 * Reads a document's pages in order, keeping a few requests ahead of the caller: pdfjs parses them on its
 * thread while the caller builds the current page's tables, and a request does not wait for the main thread to
 * finish a page before it reaches the parser. The first pages are requested on construction.
 */
export class PageReader {
  private readonly pending = new Map<number, Promise<PageRead>>();
  private requested = 0;

  constructor(private readonly pdf: PdfHandle) {
    this.requestUpTo(1 + PAGES_AHEAD);
  }

  /** Page `pageNo` (1-based, asked for in order), or why it could not be read. */
  async read(pageNo: number): Promise<PageRead> {
    this.requestUpTo(pageNo + PAGES_AHEAD);
    const got = await this.pending.get(pageNo)!;
    this.pending.delete(pageNo);
    return got;
  }

  private requestUpTo(last: number): void {
    for (; this.requested < Math.min(last, this.pdf.pageCount); this.requested++) {
      const pageNo = this.requested + 1;
      this.pending.set(pageNo, readPage(this.pdf, pageNo).then((page) => ({ page }), (err: unknown) => ({ err })));
    }
  }
}

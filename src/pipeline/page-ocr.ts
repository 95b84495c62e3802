import type { OcrEngine } from "../ocr/engine.js";
import type { CodeVotes } from "../ocr/learn-codes.js";
import type { LearnedPage } from "../ocr/learn-page.js";
import type { OcrPageResult } from "../ocr/ocr-page.js";
import type { PdfHandle } from "../pdf/index.js";
import type { PageContent } from "../types/index.js";

type Outcome<T> =
  | { readonly ok: true; readonly result: T; readonly seconds: number }
  | { readonly ok: false; readonly reason: string };

export type PageOcrOutcome = Outcome<OcrPageResult>;

/**
 * OCR for the pages of one conversion that need it: the tesseract workers start with the first such page (a
 * text-layer PDF never pays for them) and are reused for the rest. A page over the time limit is given up and
 * its workers are stopped (their queued cells would go on burning the cores); the next page starts new ones.
 */
export class PageOcr {
  private engine: Promise<OcrEngine> | undefined;
  /** What the lines read so far say each code of a broken font stands for (learn). */
  private votes: CodeVotes | undefined;

  constructor(private readonly opts: { readonly workers: number; readonly timeoutMs: number }) {}

  async read(pdf: PdfHandle, page: PageContent): Promise<PageOcrOutcome> {
    const { ocrPage } = await import("../ocr/ocr-page.js");
    return this.run((engine) => ocrPage(pdf, page, engine));
  }

  /**
   * A page whose text layer is broken, decoded with its fonts' codes learned by OCR of some of its lines (votes
   * kept across the document's pages, learn-page.ts); `ok` with a null result when that cannot recover it.
   */
  async learn(pdf: PdfHandle, page: PageContent): Promise<Outcome<LearnedPage | null>> {
    const [{ learnPage }, { CodeVotes }] = await Promise.all([import("../ocr/learn-page.js"), import("../ocr/learn-codes.js")]);
    this.votes ??= new CodeVotes();
    const votes = this.votes;
    return this.run((engine) => learnPage(pdf, page, engine, votes));
  }

  /** `work` with the engine, within the per-page time limit; a failure or a timeout is an outcome, not a throw. */
  private async run<T>(work: (engine: OcrEngine) => Promise<T>): Promise<Outcome<T>> {
    const started = performance.now();
    // Loaded with the first page that needs OCR: a text-layer conversion never imports tesseract.js.
    const { OCR_DPI } = await import("../ocr/ocr-page.js");
    this.engine ??= import("../ocr/engine.js").then(({ OcrEngine }) => OcrEngine.create(this.opts.workers, OCR_DPI));
    let engine: OcrEngine;
    try {
      engine = await this.engine;
    } catch (err) {
      this.engine = undefined; // the next page tries again
      return { ok: false, reason: `OCR could not start: ${((err as Error).message ?? String(err)).split("\n")[0]}` };
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((resolve) => { timer = setTimeout(() => resolve("timeout"), this.opts.timeoutMs); });
    try {
      const job = work(engine);
      job.catch(() => {}); // after a timeout its workers are stopped under it: that rejection is expected
      let result: T | "timeout";
      try {
        result = await Promise.race([job, timeout]);
      } catch (err) {
        // A page pdfjs cannot render (a broken image stream, say) keeps what its text layer gave.
        return { ok: false, reason: `OCR failed: ${((err as Error).message ?? String(err)).split("\n")[0]}` };
      }
      if (result === "timeout") {
        this.engine = undefined;
        await engine.terminate().catch(() => {});
        return { ok: false, reason: `OCR stopped after the per-page limit of ${+(this.opts.timeoutMs / 1000).toFixed(1)} s` };
      }
      return { ok: true, result, seconds: (performance.now() - started) / 1000 };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const engine = this.engine;
    this.engine = undefined;
    if (engine) await (await engine.catch(() => undefined))?.terminate();
  }
}

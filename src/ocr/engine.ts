import { createRequire } from "node:module";
import path from "node:path";
import { createScheduler, createWorker, OEM, PSM, type Scheduler, type Worker } from "tesseract.js";

/** A box in the pixel space of the image given to tesseract. */
export interface PxBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** One word as tesseract gives it: its characters' boxes, and the box of the line it sits on. */
export interface OcrWord extends PxBox {
  readonly text: string;
  readonly confidence: number;
  /** Its characters; `confidence` is absent for a character put back from the image by shape (restore-shapes). */
  readonly symbols: readonly (PxBox & { readonly text: string; readonly confidence?: number })[];
  readonly line: PxBox;
}

/**
 * The LSTM-only "best_int" Japanese model shipped by @tesseract.js-data/jpn. Never the 4.0.0 legacy+LSTM model:
 * it reads ASCII digits as circled digits (①.⑤⑤). A local langPath is what keeps tesseract.js off its CDN.
 */
function langPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("@tesseract.js-data/jpn/package.json")), "4.0.0_best_int");
}

type RecognizeResult = Awaited<ReturnType<Worker["recognize"]>>;

export type OcrLayout = "block" | "line";
const PSM_OF: Record<OcrLayout, PSM> = { block: PSM.SINGLE_BLOCK, line: PSM.SINGLE_LINE };

/**
 * Pools of tesseract workers, created once and reused for every cell of every page; jobs queue in a tesseract
 * scheduler, so a page's cells keep all workers busy. One pool per page-segmentation mode, because the mode is
 * a worker parameter (tesseract.js 7 does not restore a mode passed with a single job): "block" for cells of
 * several lines, "line" for one-line cells — block mode finds nothing in a lone "1" or "A" with white around it —
 * and for the lines of a cell cut into lines (ocr-page.ts). Both pools have `workers` workers: with one line
 * worker r2-scan took 80.7 s instead of 70.6 s, and peak memory stayed where the page images put it.
 */
export class OcrEngine {
  private constructor(private readonly pools: ReadonlyMap<OcrLayout, Scheduler>, readonly workers: number) {}

  static async create(workers: number, dpi: number): Promise<OcrEngine> {
    const pools = new Map<OcrLayout, Scheduler>();
    const lp = langPath();
    try {
      for (const [layout, size] of [["block", workers], ["line", workers]] as const) {
        const scheduler = createScheduler();
        pools.set(layout, scheduler);
        for (let i = 0; i < size; i++) {
          const worker = await createWorker("jpn", OEM.LSTM_ONLY, { langPath: lp, gzip: true, cacheMethod: "none" });
          scheduler.addWorker(worker);
          // A PGM carries no resolution: without it tesseract assumes 70 dpi and misjudges noise sizes.
          await worker.setParameters({ tessedit_pageseg_mode: PSM_OF[layout], user_defined_dpi: String(dpi) });
        }
      }
    } catch (err) {
      await Promise.all([...pools.values()].map((s) => s.terminate()));
      throw err;
    }
    return new OcrEngine(pools, workers);
  }

  /** Words of one image (PNG or PGM bytes of a cell). */
  async recognize(image: Buffer, layout: OcrLayout = "block"): Promise<OcrWord[]> {
    const { data } = (await this.pools.get(layout)!.addJob("recognize", image, {}, { text: false, blocks: true })) as RecognizeResult;
    const words: OcrWord[] = [];
    for (const block of data.blocks ?? []) for (const para of block.paragraphs) for (const l of para.lines) {
      for (const w of l.words) {
        if (w.text.trim() === "") continue;
        words.push({
          text: w.text, confidence: w.confidence, ...w.bbox, line: l.bbox,
          symbols: w.symbols.map((s) => ({ text: s.text, confidence: s.confidence, ...s.bbox })),
        });
      }
    }
    return words;
  }

  async terminate(): Promise<void> {
    await Promise.all([...this.pools.values()].map((s) => s.terminate()));
  }
}

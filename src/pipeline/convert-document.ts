import { createHash } from "node:crypto";
import { InputError } from "../errors.js";
import { openPdf, type PdfHandle } from "../pdf/index.js";
import { PageBudgetError } from "../pdf/page-budget-error.js";
import { renderScale } from "../pdf/render.js";
import { scanStreams } from "../pdf/stream-scan.js";
import { overBudget, resolveBudgets } from "./budgets.js";
import { findTables, type PageTable } from "../table/index.js";
import type { Bbox, PageContent } from "../types/index.js";
import type { PageInfo } from "./build-records.js";
import type { ConvertOptions, ProgressEvent } from "./options.js";
import { PageOcr } from "./page-ocr.js";
import type { LearnedPage } from "../ocr/learn-page.js";
import { PageReader } from "./page-reader.js";
import { pushAll } from "../util/arrays.js";
import { makeWarning, type Warning } from "../warnings/warnings.js";
import type { ConvertResult } from "./result.js";
import { unreadVerticalRegions, VERTICAL_TEXT_FLAG } from "./vertical-text-flags.js";

/** The resolution OCR draws pages at (ocr/ocr-page.ts), not imported here: that would load the OCR stack. */
const OCR_DRAW_DPI = 300;

/**
 * convert(). With `keepPdf`, for a caller that draws pages of the document afterwards (review.html's cell images),
 * the pages are read through a handle that can draw and it is handed over open as `pdf` (the caller closes it):
 * the fonts' outlines are built once, on the parser thread while the tables are built, not again after the
 * records (about a third of the images' cost on 6 pages).
 */
export async function convertDocument(bytes: Uint8Array, options: ConvertOptions, onProgress: (e: ProgressEvent) => void, keepPdf: boolean): Promise<{ result: ConvertResult; pdf?: PdfHandle }> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const budgets = resolveBudgets(options.budgets);
  const warnings: Warning[] = [];
  // Streams are checked before pdfjs inflates them (a decompression bomb, a CMap of billions of codes).
  const scan = scanStreams(bytes, {
    maxStreamBytes: budgets["stream-mb"] * 2 ** 20, maxDecodedBytes: budgets["decoded-mb"] * 2 ** 20,
    maxCmapCodes: budgets["cmap-codes"], maxImagePixels: budgets["image-mp"] * 1e6,
  });
  for (const { width, height } of scan.oversizeImages) {
    warnings.push(makeWarning({
      code: "pdf/image-left-out", severity: "warn",
      message: `an image of ${width}×${height} pixels was left out: over the limit of ${budgets["image-mp"]} million pixels (--limit image-mp=N)`,
      messageJa: `${width}×${height}ピクセルの画像を除外しました: 上限 ${budgets["image-mp"]} 百万ピクセルを超えています（--limit image-mp=N）`,
    }));
  }
  // Pages are read, not drawn (a page sent to OCR is drawn from a twin the handle opens then), unless the caller draws.
  const pdf = await openPdf(bytes, {
    password: options.password, forDrawing: keepPdf,
    budgets: { maxPixels: budgets["image-mp"] * 1e6, maxOps: budgets["page-ops"], maxSegments: budgets["page-segments"], maxDepth: budgets.depth },
  });
  const pageTables: PageTable[] = [];
  const pageInfo: PageInfo[] = [];
  let ocrPages = 0;
  let firstPage: PageContent | undefined;
  const unreadable: string[] = [];
  const verticalRegions = new Map<number, Bbox[]>();
  let ocr: PageOcr | undefined;
  let buildRecords: () => Promise<ConvertResult>;
  let handedOver = false;
  try {
    // The parser thread starts on the first pages now; the options' schema and the record stages (zod,
    // profiles: a fifth of a small file's run) load meanwhile instead of before.
    const pages = new PageReader(pdf);
    const [{ ConvertOptionsSchema }, stages] = await Promise.all([import("./options.js"), import("./build-records.js")]);
    const opts = ConvertOptionsSchema.parse(options);
    ocr = new PageOcr({ workers: opts.ocrWorkers, timeoutMs: opts.ocrPageTimeoutSeconds * 1000 });
    for (let pageNo = 1; pageNo <= pdf.pageCount; pageNo++) {
      const got = await pages.read(pageNo);
      if ("err" in got) {
        // A corrupt page (broken page tree, content stream) is skipped; the rest of the document still counts.
        const reason = ((got.err as Error).message ?? String(got.err)).split("\n")[0]!;
        unreadable.push(`page ${pageNo}: ${reason}`);
        warnings.push(got.err instanceof PageBudgetError
          ? makeWarning({
            code: "pdf/page-over-budget", severity: "error", page: pageNo,
            message: `page ${pageNo} was skipped: ${reason}`,
            messageJa: `${pageNo}ページを飛ばしました: 上限を超えています（${reason}）`,
          })
          : makeWarning({
            code: "pdf/page-unreadable", severity: "error", page: pageNo,
            message: `page ${pageNo} could not be read and was skipped: ${reason}`,
            messageJa: `${pageNo}ページを読み取れなかったため飛ばしました（${reason}）`,
          }));
        onProgress({ kind: "page", pageNo, pageCount: pdf.pageCount, tables: 0, verdict: "unreadable" });
        continue;
      }
      let page = got.page;
      for (const note of page.notes ?? []) warnings.push(note);
      let ocrInfo: { skewDeg: number; seconds: number } | undefined;
      let learned: LearnedPage | null;
      // A page with no text, no path and no image is blank: there is nothing for OCR to read.
      const blank = page.inkOps === 0 && page.runs.length === 0;
      // A page that cannot be drawn at even 1 pixel per point (an absurd MediaBox) has nothing OCR could read.
      const drawable = renderScale([0, 0, page.width, page.height], OCR_DRAW_DPI, budgets["image-mp"] * 1e6) >= 1;
      const wantsOcr = !blank && drawable && (opts.ocr === "force" || (opts.ocr === "auto" && page.quality.verdict !== "usable"));
      if (wantsOcr && ++ocrPages > budgets["ocr-pages"]) {
        if (ocrPages === budgets["ocr-pages"] + 1) {
          warnings.push(makeWarning({
            code: "ocr/page-limit", severity: "warn", page: pageNo,
            message: `page ${pageNo} and later: not read by OCR, ${overBudget("ocr-pages", "more pages need OCR", budgets)}; their text layer was used as is`,
            messageJa: `${pageNo}ページ以降はOCRしていません: OCRするページ数の上限 ${budgets["ocr-pages"]} を超えました（--limit ocr-pages=N）。テキスト層をそのまま使いました`,
          }));
        }
      } else if (wantsOcr && (learned = await learnBroken(ocr, pdf, page, opts.ocr))) {
        // A broken text layer with glyph geometry keeps its layout: its fonts' codes were learned by OCR of its lines.
        page = learned.page;
        warnings.push(codesLearnedWarning(pageNo, learned));
      } else if (wantsOcr) {
        const read = await ocr.read(pdf, page);
        if (read.ok) {
          page = { ...read.result.page, ...(page.vertical ? { vertical: page.vertical } : {}) };
          ocrInfo = { skewDeg: read.result.skewDeg, seconds: read.seconds };
        } else {
          warnings.push(makeWarning({
            code: "ocr/page-failed", severity: "warn", page: pageNo,
            message: `page ${pageNo}: ${read.reason}; the text layer was used as is`,
            messageJa: `${pageNo}ページ: OCRできなかったため（${read.reason}）、テキスト層をそのまま使いました`,
          }));
        }
      } else if (page.quality.verdict !== "usable" && !blank && drawable) {
        warnings.push(makeWarning({
          code: "ocr/off-unusable-text", severity: "warn", page: pageNo,
          message: `page ${pageNo}: ${page.quality.reason}; OCR is off (--ocr off), the text layer was used as is`,
          messageJa: `${pageNo}ページ: テキスト層が使えません（${page.quality.reason}）。OCRがオフ（--ocr off）のため、そのまま使いました`,
        }));
      }
      const vertical = unreadVerticalRegions(page);
      if (vertical.length > 0) {
        verticalRegions.set(pageNo, vertical);
        warnings.push(makeWarning({
          code: "text/vertical-unread", severity: "warn", page: pageNo,
          message: `page ${pageNo}: vertical writing (縦書き, ${page.vertical!.chars} glyphs) that hyo cannot read in order; the records it touches are flagged ${VERTICAL_TEXT_FLAG}`,
          messageJa: `${pageNo}ページ: 縦書き(${page.vertical!.chars}文字)を正しい順に読めません。関係するレコードに ${VERTICAL_TEXT_FLAG} を付けました`,
        }));
      }
      if (pageNo === 1) firstPage = page;
      const { tables } = findTables(page);
      pushAll(pageTables, tables);
      pageInfo.push({ page: pageNo, textLayer: page.quality, source: page.source });
      onProgress({ kind: "page", pageNo, pageCount: pdf.pageCount, tables: tables.length, verdict: page.quality.verdict, ...(ocrInfo ? { ocr: ocrInfo } : {}) });
    }
    const source = { file: opts.fileName, sha256, pages: pdf.pageCount };
    buildRecords = () => stages.buildResult({ pageTables, pageInfo, firstPage, warnings, source, verticalRegions }, opts);
    handedOver = keepPdf && pageTables.length > 0;
  } finally {
    await ocr?.close();
    if (!handedOver) await pdf.close();
  }
  if (pageTables.length === 0 && unreadable.length > 0) throw new InputError(`the PDF cannot be read: ${unreadable[0]}`, "corrupt");
  if (pageTables.length === 0) throw new InputError("no table found in the PDF (no ruled grid, no columns of aligned text)", "no-table");
  onProgress({ kind: "stage", stage: "records" });
  if (!handedOver) return { result: await buildRecords() };
  try {
    return { result: await buildRecords(), pdf };
  } catch (err) {
    await pdf.close();
    throw err;
  }
}

/** A page judged broken, its fonts' codes learned by OCR (PageOcr.learn); null when that cannot recover it. */
async function learnBroken(ocr: PageOcr, pdf: PdfHandle, page: PageContent, mode: "auto" | "force" | "off"): Promise<LearnedPage | null> {
  if (mode !== "auto" || page.quality.verdict !== "broken") return null;
  const learned = await ocr.learn(pdf, page);
  return learned.ok ? learned.result : null;
}

function codesLearnedWarning(pageNo: number, l: LearnedPage): Warning {
  return makeWarning({
    code: "text/codes-learned", severity: "warn", page: pageNo,
    message: `page ${pageNo}: ${l.fonts} font${l.fonts === 1 ? "" : "s"} without a usable ToUnicode map; their characters were read by OCR of ${l.linesRead} lines and kept in the text layer's places${l.unknown > 0 ? ` (${l.unknown} left unread as 〓, flagged)` : ""}`,
    messageJa: `${pageNo}ページ: ToUnicodeの使えないフォント${l.fonts}個の文字を、${l.linesRead}行のOCRで読み取り、テキスト層の位置のまま使いました${l.unknown > 0 ? `（読めない${l.unknown}文字は〓として要確認）` : ""}`,
  });
}

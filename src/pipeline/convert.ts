import { createHash } from "node:crypto";
import { InputError } from "../errors.js";
import { openPdf } from "../pdf/index.js";
import { findTables, type PageTable } from "../table/index.js";
import type { Bbox, PageContent } from "../types/index.js";
import type { PageInfo } from "./build-records.js";
import type { ConvertOptions, ProgressEvent } from "./options.js";
import { PageOcr } from "./page-ocr.js";
import { PageReader } from "./page-reader.js";
import { makeWarning, type Warning } from "../warnings/warnings.js";
import type { ConvertResult } from "./result.js";
import { unreadVerticalRegions, VERTICAL_TEXT_FLAG } from "./vertical-text-flags.js";

export type { ConvertResult } from "./result.js";

/**
 * PDF bytes → validated records and tables. Pure of file I/O: the library entry point (`import { convert } from "hyo"`).
 * Pages are read a few at a time (PageReader) and only their tables are kept, so memory follows the tables, not the PDF.
 */
export async function convert(bytes: Uint8Array, options: ConvertOptions = {}, onProgress: (e: ProgressEvent) => void = () => {}): Promise<ConvertResult> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // Pages are read, not drawn (a page sent to OCR is drawn from a twin the handle opens then).
  const pdf = await openPdf(bytes, { password: options.password, forDrawing: false });
  const pageTables: PageTable[] = [];
  const pageInfo: PageInfo[] = [];
  const warnings: Warning[] = [];
  let firstPage: PageContent | undefined;
  const unreadable: string[] = [];
  const verticalRegions = new Map<number, Bbox[]>();
  let ocr: PageOcr | undefined;
  let buildRecords: () => Promise<ConvertResult>;
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
        warnings.push(makeWarning({
          code: "pdf/page-unreadable", severity: "error", page: pageNo,
          message: `page ${pageNo} could not be read and was skipped: ${reason}`,
          messageJa: `${pageNo}ページを読み取れなかったため飛ばしました（${reason}）`,
        }));
        onProgress({ kind: "page", pageNo, pageCount: pdf.pageCount, tables: 0, verdict: "unreadable" });
        continue;
      }
      let page = got.page;
      let ocrInfo: { skewDeg: number; seconds: number } | undefined;
      if (opts.ocr === "force" || (opts.ocr === "auto" && page.quality.verdict !== "usable")) {
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
      } else if (page.quality.verdict !== "usable") {
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
      pageTables.push(...tables);
      pageInfo.push({ page: pageNo, textLayer: page.quality, source: page.source });
      onProgress({ kind: "page", pageNo, pageCount: pdf.pageCount, tables: tables.length, verdict: page.quality.verdict, ...(ocrInfo ? { ocr: ocrInfo } : {}) });
    }
    const source = { file: opts.fileName, sha256, pages: pdf.pageCount };
    buildRecords = () => stages.buildResult({ pageTables, pageInfo, firstPage, warnings, source, verticalRegions }, opts);
  } finally {
    await ocr?.close();
    await pdf.close();
  }
  if (pageTables.length === 0 && unreadable.length > 0) throw new InputError(`the PDF cannot be read: ${unreadable[0]}`, "corrupt");
  if (pageTables.length === 0) throw new InputError("no table found in the PDF (no ruled grid, no columns of aligned text)", "no-table");
  onProgress({ kind: "stage", stage: "records" });
  return buildRecords();
}

import { createHash } from "node:crypto";
import { InputError } from "../errors.js";
import { openPdf, readPage } from "../pdf/index.js";
import { buildGenericRecords, buildSectionedRecords, chooseProfile, columnLabels, PROFILES, readDocumentInfo } from "../profile/index.js";
import { RecordsFileSchema, SCHEMA_VERSION, TablesFileSchema, type RecordsFile, type TablesFile } from "../schema/index.js";
import { findTables, stitchTables, type LogicalTable, type PageTable } from "../table/index.js";
import type { Bbox, PageContent, TextLayerQuality } from "../types/index.js";
import { applyCorrections } from "../report/corrections.js";
import { reviewRecords } from "../review/index.js";
import type { HyoRecord } from "../schema/index.js";
import { assembleRecord } from "./assemble-record.js";
import { ConvertOptionsSchema, type ConvertOptions, type ProgressEvent } from "./options.js";
import { PageOcr } from "./page-ocr.js";
import { ocrRepairDeps, repairTable } from "./repair-cells.js";

export interface ConvertResult {
  readonly records: RecordsFile;
  readonly tables: TablesFile;
  /** Logical tables with their cells' lines, for debug overlays and the report. */
  readonly logicalTables: readonly LogicalTable[];
  readonly pageTables: readonly PageTable[];
}

/**
 * PDF bytes → validated records and tables. Pure of file I/O: the library entry point (`import { convert } from "hyo"`).
 * Pages are read one at a time and only their tables are kept, so memory follows the tables, not the PDF.
 */
export async function convert(bytes: Uint8Array, options: ConvertOptions = {}, onProgress: (e: ProgressEvent) => void = () => {}): Promise<ConvertResult> {
  const opts = ConvertOptionsSchema.parse(options);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const pdf = await openPdf(bytes, { password: opts.password });
  const pageTables: PageTable[] = [];
  const pageInfo: { page: number; textLayer: TextLayerQuality; source: PageContent["source"] }[] = [];
  const warnings: string[] = [];
  let firstPage: PageContent | undefined;
  const unreadable: string[] = [];
  const ocr = new PageOcr({ workers: opts.ocrWorkers, timeoutMs: opts.ocrPageTimeoutSeconds * 1000 });
  try {
    for (let pageNo = 1; pageNo <= pdf.pageCount; pageNo++) {
      let page: PageContent;
      try {
        page = await readPage(pdf, pageNo);
      } catch (err) {
        // A corrupt page (broken page tree, content stream) is skipped; the rest of the document still counts.
        const reason = ((err as Error).message ?? String(err)).split("\n")[0]!;
        unreadable.push(`page ${pageNo}: ${reason}`);
        warnings.push(`page ${pageNo} could not be read and was skipped: ${reason}`);
        onProgress({ kind: "page", pageNo, pageCount: pdf.pageCount, tables: 0, verdict: "unreadable" });
        continue;
      }
      let ocrInfo: { skewDeg: number; seconds: number } | undefined;
      if (opts.ocr === "force" || (opts.ocr === "auto" && page.quality.verdict !== "usable")) {
        const read = await ocr.read(pdf, page);
        if (read.ok) {
          page = read.result.page;
          ocrInfo = { skewDeg: read.result.skewDeg, seconds: read.seconds };
        } else {
          warnings.push(`page ${pageNo}: ${read.reason}; the text layer was used as is`);
        }
      } else if (page.quality.verdict !== "usable") {
        warnings.push(`page ${pageNo}: ${page.quality.reason}; OCR is off (--ocr off), the text layer was used as is`);
      }
      if (pageNo === 1) firstPage = page;
      const { tables } = findTables(page);
      pageTables.push(...tables);
      pageInfo.push({ page: pageNo, textLayer: page.quality, source: page.source });
      onProgress({ kind: "page", pageNo, pageCount: pdf.pageCount, tables: tables.length, verdict: page.quality.verdict, ...(ocrInfo ? { ocr: ocrInfo } : {}) });
    }
  } finally {
    await ocr.close();
    await pdf.close();
  }
  if (pageTables.length === 0 && unreadable.length > 0) throw new InputError(`the PDF cannot be read: ${unreadable[0]}`, "corrupt");
  if (pageTables.length === 0) throw new InputError("no ruled table found in the PDF", "no-table");

  onProgress({ kind: "stage", stage: "records" });
  const stitched = stitchTables(pageTables);
  const ocrDeps = await ocrRepairDeps(stitched);
  const logicalTables = stitched.map((t) => repairTable(t, ocrDeps));
  const source = { file: opts.fileName, sha256, pages: pdf.pageCount };
  const firstTableBoxes: Bbox[] = pageTables.filter((t) => t.pageNo === 1).map((t) => t.bbox);

  const matched = opts.profile === "generic" ? null : logicalTables
    .map((table) => ({ table, labels: columnLabels(table), match: chooseProfile(columnLabels(table), PROFILES) }))
    .find((m) => m.match !== null);
  if (opts.profile === "gyosei-kaikaku" && !matched) throw new InputError("no table matches the gyosei-kaikaku profile's header", "no-table");

  let records: RecordsFile;
  if (matched?.match) {
    const profiled = logicalTables
      .filter((t) => t === matched.table || chooseProfile(columnLabels(t), [matched.match!.profile]))
      .flatMap((t) => buildSectionedRecords(t, matched.match!.profile, chooseProfile(columnLabels(t), [matched.match!.profile])!.columns));
    const byId = new Map(profiled.map((p) => [p.id, p]));
    const recs = reviewRecords(profiled.map(assembleRecord), (r: HyoRecord) => {
      const p = byId.get(r.id)!;
      const table = logicalTables.find((t) => t.id === p.tableId);
      return {
        gradeText: p.gradeText,
        overflow: Object.fromEntries(Object.entries(p.cells).map(([field, c]) => [field, c.overflowChars])),
        tableQuality: table?.quality.filter((q) => p.pages.includes(q.pageNo)) ?? [],
      };
    });
    const corrected = opts.corrections ? applyCorrections(recs, opts.corrections) : { records: recs, problems: [] };
    warnings.push(...corrected.problems.map((p) => `correction not applied: ${p}`));
    records = {
      schemaVersion: SCHEMA_VERSION, profile: "gyosei-kaikaku", source,
      document: readDocumentInfo(firstPage, firstTableBoxes, matched.labels), records: corrected.records, warnings,
    };
  } else {
    if (opts.profile === "auto") warnings.push("no profile matched the table headers; the generic profile was used (one record per row)");
    const labels = logicalTables[0] ? columnLabels(logicalTables[0]) : [];
    records = {
      schemaVersion: SCHEMA_VERSION, profile: "generic", source,
      document: readDocumentInfo(firstPage, firstTableBoxes, labels), records: logicalTables.flatMap(buildGenericRecords), warnings,
    };
  }
  const tables = tablesFile(source, pageInfo, logicalTables);
  return { records: RecordsFileSchema.parse(records), tables: TablesFileSchema.parse(tables), logicalTables, pageTables };
}

function tablesFile(source: TablesFile["source"], pageInfo: { page: number; textLayer: TextLayerQuality; source: PageContent["source"] }[], tables: readonly LogicalTable[]): TablesFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    pages: pageInfo.map((p) => ({ ...p, textLayer: { ...p.textLayer }, tables: tables.filter((t) => t.pages.includes(p.page)).map((t) => t.id) })),
    tables: tables.map((t) => ({
      id: t.id, pages: [...t.pages], columnCount: t.columnCount, rowCount: t.rowCount, headerRows: t.headerRows,
      quality: t.quality.map((q) => ({ ...q })),
      cells: t.cells.map((c) => ({
        row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, page: c.pageNo,
        bbox: [c.bbox[0], c.bbox[1], c.bbox[2], c.bbox[3]] as [number, number, number, number],
        text: c.text, rawText: c.rawText,
        ...(c.confidence !== undefined ? { confidence: c.confidence } : {}),
        ...(c.continued ? { continued: true } : {}),
      })),
    })),
  };
}

import { InputError } from "../errors.js";
import { buildGenericTables, buildSectionedRecords, chooseProfile, columnLabels, PROFILES, readDocumentInfo } from "../profile/index.js";
import { sectionedProfile } from "../profile/profile-file.js";
import { tableProfile } from "../profile/generic-table-profile.js";
import { page1Captions } from "../profile/generic-caption.js";
import { RecordsFileSchema, SCHEMA_VERSION, TablesFileSchema, type HyoRecord, type RecordsFile, type TablesFile } from "../schema/index.js";
import { stitchTables, type LogicalTable, type PageTable } from "../table/index.js";
import type { Bbox, PageContent, TextLayerQuality } from "../types/index.js";
import { applyCorrections } from "../report/corrections.js";
import { reviewRecords } from "../review/index.js";
import { assembleRecord } from "./assemble-record.js";
import type { ConvertResult } from "./result.js";
import { quantityRows } from "./quantity-rows.js";
import { makeWarning, type Warning } from "../warnings/warnings.js";
import type { ResolvedConvertOptions } from "./options.js";
import { ocrRepairDeps, repairTable } from "./repair-cells.js";
import { pushAll } from "../util/arrays.js";
import { outputBbox } from "../types/geometry.js";
import { attachCellFlags, checkNumberColumns } from "./number-columns.js";
import { flagVerticalText } from "./vertical-text-flags.js";

export type PageInfo = { page: number; textLayer: TextLayerQuality; source: PageContent["source"] };

/** What reading the pages gave: their tables, per-page facts, and the warnings so far. */
export interface ReadTables {
  readonly pageTables: PageTable[];
  readonly pageInfo: PageInfo[];
  readonly firstPage: PageContent | undefined;
  readonly warnings: Warning[];
  readonly source: TablesFile["source"];
  /** Per page, the vertical writing hyo cannot read in order (vertical-text-flags.ts). */
  readonly verticalRegions: ReadonlyMap<number, readonly Bbox[]>;
}

/**
 * Page tables → logical tables (stitched across pages, text repaired) → records by the matching profile
 * (or one per row), reviewed, corrected, and validated with the files' schemas.
 */
export async function buildResult({ pageTables, pageInfo, firstPage, warnings, source, verticalRegions }: ReadTables, opts: ResolvedConvertOptions): Promise<ConvertResult> {
  const stitched = stitchTables(pageTables);
  const ocrDeps = await ocrRepairDeps(stitched);
  const checked = stitched.map((t) => checkNumberColumns(repairTable(t, ocrDeps)));
  const logicalTables = checked.map((c) => c.table);
  const firstTableBoxes: Bbox[] = pageTables.filter((t) => t.pageNo === 1).map((t) => t.bbox);

  // Each table's column labels once: the profile is chosen on the first table that matches one, then every
  // table matching that profile gives records.
  const labelled = logicalTables.map((table) => ({ table, labels: columnLabels(table) }));
  // A --profile file replaces the built-in profiles: a sectioned one is matched like gyosei-kaikaku, a table one
  // names the generic reader's columns.
  const custom = opts.customProfile;
  const sectioned = custom?.kind === "sectioned" ? [sectionedProfile(custom)] : custom ? [] : PROFILES;
  const matched = opts.profile === "generic" ? undefined : labelled
    .map((l) => ({ ...l, match: chooseProfile(l.labels, sectioned) }))
    .find((m) => m.match !== null);
  if ((opts.profile === "gyosei-kaikaku" || custom?.kind === "sectioned") && !matched) throw new InputError(`no table matches the ${custom?.name ?? "gyosei-kaikaku"} profile's header`, "no-table");

  let records: RecordsFile;
  let corrections: ConvertResult["corrections"];
  if (matched?.match) {
    const profile = matched.match.profile;
    const profiled = labelled.flatMap(({ table, labels }) => {
      const match = table === matched.table ? matched.match : chooseProfile(labels, [profile]);
      return match ? buildSectionedRecords(table, profile, match.columns) : [];
    });
    const byId = new Map(profiled.map((p) => [p.id, p]));
    const recs = reviewRecords(profiled.map(assembleRecord), (r: HyoRecord) => {
      const p = byId.get(r.id)!;
      const table = logicalTables.find((t) => t.id === p.tableId);
      return {
        gradeText: p.gradeText,
        overflow: Object.fromEntries(Object.entries(p.cells).map(([field, c]) => [field, c.overflowChars])),
        ambiguousBreaks: Object.fromEntries(Object.entries(p.cells).map(([field, c]) => [field, c.ambiguousBreaks])),
        tableQuality: table?.quality.filter((q) => p.pages.includes(q.pageNo)) ?? [],
      };
    });
    const corrected = opts.corrections ? applyCorrections(recs, opts.corrections) : undefined;
    if (corrected) {
      corrections = { applied: corrected.applied, skipped: corrected.skipped };
      pushAll(warnings, corrected.skipped.map((p) => makeWarning({
        code: "corrections/not-applied", severity: "warn",
        message: `correction not applied: ${p}`, messageJa: `修正を適用できませんでした: ${p}`,
      })));
    }
    records = {
      schemaVersion: SCHEMA_VERSION, profile: "gyosei-kaikaku", source,
      document: readDocumentInfo(firstPage, firstTableBoxes, matched.labels), records: corrected?.records ?? recs, warnings,
    };
  } else {
    if (opts.profile === "auto" && !custom) warnings.push(makeWarning({
      code: "profile/generic-fallback", severity: "info",
      message: "no profile matched the table headers; the generic profile was used (one record per row)",
      messageJa: "表の見出しに合うプロファイルがないため、汎用プロファイル（1行を1レコード）を使いました",
    }));
    const labels = labelled[0]?.labels ?? [];
    const generic = buildGenericTables(logicalTables, custom ? tableProfile(custom) : undefined, page1Captions(firstPage, logicalTables));
    pushAll(warnings, generic.warnings);
    records = {
      schemaVersion: SCHEMA_VERSION, profile: "generic", source,
      document: readDocumentInfo(firstPage, firstTableBoxes, labels), records: generic.records, warnings, tables: generic.tables,
    };
  }
  if (opts.corrections && !corrections) corrections = { applied: 0, skipped: ["the records are not of a profile that can be corrected"] };
  records = flagVerticalText(attachCellFlags(records, checked.flatMap((c) => c.flags)), verticalRegions);
  const file = RecordsFileSchema.parse(records);
  const { pages, tables } = TablesFileSchema.parse(tablesFile(source, pageInfo, logicalTables));
  const base = {
    schemaVersion: file.schemaVersion, source: file.source, document: file.document, tables, pages, warnings: file.warnings,
    ...(corrections ? { corrections } : {}),
    ...(custom ? { profileName: custom.name } : {}),
  };
  return file.profile === "gyosei-kaikaku"
    ? { ...base, profile: file.profile, records: file.records, quantities: quantityRows(file.records) }
    : { ...base, profile: file.profile, records: file.records, quantities: quantityRows(file.records), ...(file.tables ? { genericTables: file.tables } : {}) };
}

function tablesFile(source: TablesFile["source"], pageInfo: readonly PageInfo[], tables: readonly LogicalTable[]): TablesFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    pages: pageInfo.map((p) => ({ ...p, textLayer: { ...p.textLayer }, tables: tables.filter((t) => t.pages.includes(p.page)).map((t) => t.id) })),
    tables: tables.map((t) => ({
      id: t.id, pages: [...t.pages], columnCount: t.columnCount, rowCount: t.rowCount, headerRows: t.headerRows,
      quality: t.quality.map((q) => ({ ...q })),
      cells: t.cells.map((c) => ({
        row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, page: c.pageNo,
        bbox: outputBbox(c.bbox),
        text: c.text, rawText: c.rawText,
        ...(c.confidence !== undefined ? { confidence: c.confidence } : {}),
        ...(c.continued ? { continued: true } : {}),
      })),
    })),
  };
}

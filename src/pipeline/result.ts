import type { DocumentInfo, GenericRecord, GenericTable, HyoRecord, QuantityRow, RecordsFile, TablesFile } from "../schema/index.js";
import type { Warning } from "../warnings/warnings.js";

interface ResultBase {
  readonly schemaVersion: string;
  /** The input: file name as given, SHA-256 of its bytes, page count. */
  readonly source: TablesFile["source"];
  /** Title, municipality, publication date and fiscal year read from the first page (null when not found). */
  readonly document: DocumentInfo;
  /** Every table found, stitched across pages, with its cells (tables.json's `tables`). */
  readonly tables: TablesFile["tables"];
  /** Per page: its text layer's verdict, whether OCR read it, the tables on it (tables.json's `pages`). */
  readonly pages: TablesFile["pages"];
  /** Every quantity of every record field, one row each (quantities.csv): generic records' typed numeric cells too. */
  readonly quantities: QuantityRow[];
  /** Warnings about the document as a whole, as data (`code`, `severity`, `page?`, `message`, `messageJa`). */
  readonly warnings: Warning[];
  /** With options.corrections: how many were applied, and why the others were not. */
  readonly corrections?: { readonly applied: number; readonly skipped: readonly string[] };
  /** Name of the --profile file (options.customProfile) the records were read with. */
  readonly profileName?: string;
}

/** What convert() returns: told apart by `profile`, so `records` has the right type after a check of it. */
export type ConvertResult =
  | (ResultBase & { readonly profile: "gyosei-kaikaku"; readonly records: HyoRecord[] })
  | (ResultBase & {
    readonly profile: "generic"; readonly records: GenericRecord[];
    /** How each table's columns (type, unit) and sections were read: records.json's `tables`. */
    readonly genericTables?: GenericTable[];
  });

/** The content of records.json for a result. */
export function recordsFileOf(r: ConvertResult): RecordsFile {
  const head = { schemaVersion: r.schemaVersion, source: r.source, document: r.document };
  const named = r.profileName !== undefined ? { profileName: r.profileName } : {};
  return r.profile === "gyosei-kaikaku"
    ? { ...head, profile: r.profile, records: r.records, warnings: r.warnings, ...named }
    : { ...head, profile: r.profile, records: r.records, warnings: r.warnings, ...(r.genericTables ? { tables: r.genericTables } : {}), ...named };
}

/** The content of tables.json for a result. */
export function tablesFileOf(r: ConvertResult): TablesFile {
  return { schemaVersion: r.schemaVersion, source: r.source, pages: r.pages, tables: r.tables };
}

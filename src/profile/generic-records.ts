import type { LogicalTable, TableCell } from "../table/index.js";
import type { CellQuantity, GenericRecord, GenericTable } from "../schema/index.js";
import type { Repair } from "../types/index.js";
import { roundDecimal } from "../numbers/numerals.js";
import { genericFlags } from "../review/generic-flags.js";
import { noValueMark, parseCellNumber, unitInLabel, type UnitSpec } from "./generic-cell-value.js";
import { inferColumn, NUMERIC_TYPES, type ColumnInfo } from "./generic-columns.js";
import { columnHeaders } from "./generic-header.js";
import { filled, readLayout, type GridRow } from "./generic-layout.js";
import { classifyRow, SectionPath } from "./generic-structure.js";
import { idFromTemplate, type TableProfile } from "./generic-table-profile.js";
import { checkTotals, type CheckedRow } from "./generic-totals.js";
import { outputBbox } from "../types/geometry.js";
import { dict } from "../util/dict.js";
import { makeWarning, type Warning } from "../warnings/warnings.js";

export interface GenericTables {
  readonly records: GenericRecord[];
  readonly tables: GenericTable[];
  readonly warnings: Warning[];
}

const squash = (s: string): string => s.normalize("NFKC").replace(/\s+/gu, "");

/**
 * Every table read without a record profile: typed records, sections and totals, and how each column was read.
 * With a table profile, the columns it names take its field names, types and units, and records its id scheme.
 */
export function buildGenericTables(tables: readonly LogicalTable[], profile?: TableProfile, captions: ReadonlyMap<string, readonly string[]> = new Map()): GenericTables {
  const warnings: Warning[] = [];
  const out = tables.map((t) => buildGenericTable(t, profile, warnings, captions.get(t.id) ?? []));
  return { records: out.flatMap((t) => t.records), tables: out.map((t) => t.table), warnings };
}

interface Row {
  readonly grid: GridRow;
  readonly section: string[];
  readonly total: { readonly scope: "section" | "table" } | null;
}

function buildGenericTable(table: LogicalTable, profile: TableProfile | undefined, warnings: Warning[], caption: readonly string[]): { records: GenericRecord[]; table: GenericTable } {
  const layout = readLayout(table, caption);
  const headers = columnHeaders(layout, table.columnCount);
  const matched = profile?.match(headers);
  if (profile && matched && "missing" in matched) warnings.push(makeWarning({
    code: "profile/not-applied", severity: "warn", table: table.id,
    message: `table ${table.id}: profile ${profile.name} does not apply (no column for ${matched.missing.join(", ")}); its columns are keyed by header`,
    messageJa: `表 ${table.id}: プロファイル ${profile.name} の列 ${matched.missing.join("、")} がないため適用せず、列は見出しで名付けました`,
  }));
  const rules = matched && "rules" in matched ? matched.rules : [];
  const keys = headers.map((h, col) => rules[col]?.field ?? h.key);
  const rowRules = profile && rules.length ? { sectionPatterns: profile.sectionPatterns, totalLabels: profile.totalLabels } : undefined;
  const headerLabels = new Set(layout.rows.slice(layout.header.start, layout.header.end).flatMap((r) => filled(r).map((c) => squash(c.text))));

  const sections: string[][] = [];
  const open = new SectionPath();
  const rows: Row[] = [];
  const body = layout.body.filter((grid) => grid.starting.some((c) => c.text !== "")).map((grid) => ({ grid, kind: classifyRow(grid, table.columnCount, headerLabels, rowRules) }));
  // A plain label alone in its row heads a section when the table has several such rows or opens with one;
  // a single one amid the data is a record whose values are missing (and the empty-cell flag says so).
  const weak = body.filter((b) => b.kind.kind === "section" && b.kind.weak).length;
  for (const [i, { grid, kind }] of body.entries()) {
    if (kind.kind === "repeated-header") continue;
    if (kind.kind === "section" && (!kind.weak || weak >= 2 || i === 0)) {
      open.enter(kind.title, kind.level);
      sections.push(open.path);
      continue;
    }
    const total = kind.kind === "total" ? { scope: kind.scope } : null;
    rows.push({ grid, total, section: total?.scope === "table" ? [] : open.path });
  }

  const text = (r: Row, col: number): string => {
    const cell = r.grid.covering[col];
    return cell && cell.col === col ? cell.text : "";
  };
  const dataRows = rows.filter((r) => !r.total);
  const columns: ColumnInfo[] = headers.map((h, col) => {
    const note = layout.unitNote && (layout.unitNote.scope === null || squash(h.key).includes(squash(layout.unitNote.scope))) ? layout.unitNote.unit : null;
    const inferred = inferColumn(h.path, dataRows.map((r) => text(r, col)), note);
    const rule = rules[col];
    return {
      type: rule?.type ?? inferred.type,
      ...(rule?.unit ? { unit: rule.unit, unitFrom: "profile" as const } : { unit: inferred.unit, unitFrom: inferred.unitFrom }),
    };
  });
  const labelCol = columns.findIndex((c) => c.type === "text");

  const drafts = rows.map((r) => {
    const rowUnit = labelCol >= 0 ? unitInLabel(text(r, labelCol)) : null;
    const quantities = dict<(CellQuantity & { decimals: number })[]>();
    const noValue = dict<string>();
    const unparsed: string[] = [];
    columns.forEach((col, k) => {
      if (!NUMERIC_TYPES.has(col.type)) return;
      const t = text(r, k);
      if (t.trim() === "") return;
      const mark = noValueMark(t);
      if (mark !== null) { noValue[keys[k]!] = mark; return; }
      const q = cellQuantity(t, keys[k]!, col, rowUnit);
      if (q) quantities[keys[k]!] = [q];
      else unparsed.push(keys[k]!);
    });
    return { r, quantities, noValue, unparsed };
  });
  const checked: CheckedRow[] = drafts.map((d) => ({
    total: d.r.total ? { scope: d.r.total.scope, section: d.r.section } : null, section: d.r.section, quantities: d.quantities,
  }));
  const totals = checkTotals(checked);

  const facts = drafts.map((d, i) => {
    // Keyed by header text from the PDF: null-prototype objects (util/dict.ts).
    const fields = dict<string>();
    const repairs = dict<Repair[]>();
    const cells: GenericRecord["source"]["cells"] = dict();
    const confidence = dict<number>();
    const overflow = dict<number>();
    const lowConfidence = dict<readonly string[]>();
    const ambiguousBreaks = dict<number>();
    d.r.grid.covering.forEach((cell: TableCell | undefined, col) => {
      const key = keys[col]!;
      fields[key] = cell && cell.col === col ? cell.text : "";
      if (!cell || cell.col !== col) return;
      if (cell.repairs?.length) repairs[key] = [...cell.repairs];
      if (cell.confidence !== undefined) confidence[key] = cell.confidence;
      if (cell.overflowChars > 0) overflow[key] = cell.overflowChars;
      // A cell continued from the page before: its characters were marked there (as for the gyosei records).
      if (cell.lowConfidence?.length && !cell.continued) lowConfidence[key] = cell.lowConfidence;
      if (cell.ambiguousBreaks > 0) ambiguousBreaks[key] = cell.ambiguousBreaks;
      cells[key] = { page: cell.pageNo, bbox: outputBbox(cell.bbox) };
    });
    return { d, fields, repairs, cells, confidence, overflow, lowConfidence, ambiguousBreaks, totalCheck: totals.get(i) ?? {} };
  });
  const flags = genericFlags(facts.map((f) => ({
    total: f.d.r.total !== null, fields: f.fields, unparsed: f.d.unparsed, totalCheck: f.totalCheck,
    lowConfidence: f.lowConfidence, overflow: f.overflow, ambiguousBreaks: f.ambiguousBreaks, repaired: Object.keys(f.repairs),
  })), keys);

  const ids = new Map<string, number>();
  const records: GenericRecord[] = facts.map((f, i) => {
    const pages = [...new Set(Object.values(f.cells).map((c) => c.page))].sort((a, b) => a - b);
    const base = (rowRules && profile?.id ? idFromTemplate(profile.id, f.fields) : null) ?? `${table.id}-r${f.d.r.grid.row + 1}`;
    const seen = (ids.get(base) ?? 0) + 1;
    ids.set(base, seen);
    const quantities = Object.fromEntries(Object.entries(f.d.quantities).map(([k, qs]) => [k, qs.map(({ decimals: _, ...q }) => q)]));
    return {
      id: seen === 1 ? base : `${base}(${seen})`, table: table.id, fields: f.fields,
      section: f.d.r.section, total: f.d.r.total !== null, quantities, noValue: f.d.noValue,
      ...(f.d.r.total ? { totalCheck: f.totalCheck } : {}),
      ...(Object.keys(f.confidence).length ? { confidence: f.confidence } : {}),
      ...(Object.keys(f.lowConfidence).length ? { lowConfidence: Object.fromEntries(Object.entries(f.lowConfidence).map(([k, v]) => [k, [...v]])) } : {}),
      repairs: f.repairs, flags: flags[i]!, needsReview: flags[i]!.some((x) => x.severity !== "info"),
      source: { pages, cells: f.cells },
    };
  });
  return {
    records,
    table: {
      id: table.id, headerless: layout.headerless, unitNote: layout.unitNote?.text ?? null, notes: [...layout.notes],
      columns: headers.map((h, k) => ({
        key: keys[k]!, path: [...h.path], type: columns[k]!.type, unit: columns[k]!.unit?.unit ?? null, multiplier: columns[k]!.unit?.multiplier ?? null,
        normalizedUnit: columns[k]!.unit?.base ?? null, unitFrom: columns[k]!.unitFrom,
      })),
      sections,
    },
  };
}

/**
 * The typed quantity of a numeric cell. Its unit is the cell's own (1,200人, 98.5%), else the column header's
 * （千円）, else the row label's （%）, else the table's 単位 note: the nearer the unit is written, the surer it is.
 */
function cellQuantity(text: string, key: string, col: ColumnInfo, rowUnit: UnitSpec | null): (CellQuantity & { decimals: number }) | null {
  const n = parseCellNumber(text);
  if (n === null) return null;
  const [spec, from]: [UnitSpec | null, CellQuantity["unitFrom"]] =
    n.unit ? [n.unit, "cell"] : col.unitFrom === "header" || col.unitFrom === "profile" ? [col.unit, col.unitFrom] : rowUnit ? [rowUnit, "row"] : col.unitFrom === "note" ? [col.unit, "note"] : [null, "none"];
  const raw = text.trim();
  const start = text.indexOf(raw);
  return {
    raw, span: [start, start + raw.length], value: n.value, unit: spec?.unit ?? "", multiplier: spec?.multiplier ?? 1,
    normalized: { value: roundDecimal(n.value * (spec?.multiplier ?? 1) * (spec?.factor ?? 1)), unit: spec?.base ?? "" },
    negative: n.negative, comparator: null, label: key, unitFrom: from, decimals: n.decimals,
  };
}

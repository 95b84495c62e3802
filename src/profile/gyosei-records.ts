import type { LogicalTable, TableCell } from "../table/index.js";
import type { Repair } from "../types/index.js";
import { TEXT_FIELDS, type ProfiledRecord } from "./profiled.js";
import { recordKey } from "./record-key.js";
import { bodyRows } from "./rows.js";
import type { Profile } from "./types.js";

/** A section row's text spans at least this share of the table's columns. */
const SECTION_MIN_COLUMN_SHARE = 0.5;
const CIRCLED = /^[\u2460-\u2473\u3251-\u325F]/u;

/**
 * Table rows → records of a sectioned profile: section rows set basic policy / direction for the rows
 * below; the topic comes from its (merged) cell, carried down; every other field from its column.
 */
export function buildSectionedRecords(table: LogicalTable, profile: Profile, columns: ReadonlyMap<string, number>): ProfiledRecord[] {
  const records: ProfiledRecord[] = [];
  const ids = new Map<string, number>();
  const keys = new Map<string, number>();
  let basicPolicyNo: number | null = null, basicPolicy = "", direction = "", topic = "", topicIndex = 0;
  for (const { covering, starting } of bodyRows(table)) {
    const section = sectionOf(starting, table.columnCount, profile);
    if (section) {
      if (section.kind === "basicPolicy") {
        basicPolicyNo = section.no; basicPolicy = section.text; direction = ""; topic = ""; topicIndex = 0;
      } else {
        direction = section.text;
      }
      continue;
    }
    const claimed = new Set<TableCell>();
    const cellOf = (field: string): TableCell | undefined => {
      const col = columns.get(field);
      const cell = col === undefined ? undefined : covering[col];
      if (!cell || claimed.has(cell)) return undefined;
      claimed.add(cell);
      return cell;
    };
    const topicCell = cellOf(profile.topicField);
    const noCell = cellOf("no");
    const gradeCell = cellOf("grade");
    const fieldCells = new Map<string, TableCell | undefined>(TEXT_FIELDS.map((f) => [f, cellOf(f)]));
    // A data row has cells of its own (not only merged cells reaching down from above).
    const own = [noCell, ...fieldCells.values()].some((c) => c && c.text !== "" && starting.includes(c));
    if (!own) continue;
    if (topicCell && topicCell.text !== "" && topicCell.text !== topic) { topic = topicCell.text; topicIndex++; }
    const no = parseNo(noCell?.text ?? "");
    const marker = CIRCLED.exec(topic)?.[0] ?? String(Math.max(1, topicIndex));
    const baseId = `${basicPolicyNo ?? 0}-${marker}-${no ?? "?"}`;
    const seen = (ids.get(baseId) ?? 0) + 1;
    ids.set(baseId, seen);
    const used = [["topic", topicCell], ["no", noCell], ["grade", gradeCell], ...fieldCells] as [string, TableCell | undefined][];
    const texts: Record<string, string> = {};
    const repairs: Record<string, readonly Repair[]> = {};
    const confidence: Record<string, number> = {};
    const lowConfidence: Record<string, readonly string[]> = {};
    const cells: ProfiledRecord["cells"] = {};
    for (const [field, cell] of used) {
      if (TEXT_FIELDS.includes(field as never)) texts[field] = cell?.text ?? "";
      if (!cell) continue;
      if (cell.repairs?.length) repairs[field] = cell.repairs;
      if (cell.confidence !== undefined) confidence[field] = cell.confidence;
      if (cell.lowConfidence?.length && !cell.continued) lowConfidence[field] = cell.lowConfidence;
      (cells as Record<string, unknown>)[field] = { page: cell.pageNo, bbox: cell.bbox, overflowChars: cell.overflowChars, ambiguousBreaks: cell.ambiguousBreaks };
    }
    const pages = [...new Set(used.flatMap(([, c]) => (c ? [c.pageNo] : [])))].sort((a, b) => a - b);
    records.push({
      id: seen === 1 ? baseId : `${baseId}(${seen})`,
      key: recordKey(topic, texts.item ?? "", keys),
      basicPolicyNo, basicPolicy, direction, topic, no,
      gradeText: gradeCell?.text.trim() ?? "",
      texts, repairs, confidence, lowConfidence, cells, pages, tableId: table.id,
    });
  }
  return records;
}

function sectionOf(starting: readonly TableCell[], columnCount: number, profile: Profile): { kind: "basicPolicy" | "direction"; no: number | null; text: string } | null {
  const withText = starting.filter((c) => c.text !== "");
  if (withText.length !== 1) return null;
  const cell = withText[0]!;
  if (cell.colSpan < columnCount * SECTION_MIN_COLUMN_SHARE) return null;
  const oneLine = cell.text.replace(/\n/g, "");
  for (const rule of profile.sections) {
    const m = rule.pattern.exec(oneLine);
    if (m?.groups?.text) return { kind: rule.kind, no: m.groups.no ? Number(m.groups.no.normalize("NFKC")) : null, text: m.groups.text.trim() };
  }
  return null;
}

function parseNo(text: string): number | null {
  const m = /\d+/.exec(text.normalize("NFKC"));
  return m ? Number(m[0]) : null;
}

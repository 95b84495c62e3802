import { parseQuantities } from "../numbers/index.js";
import { keyText } from "../profile/record-key.js";
import { SCHEMA_VERSION, type GenericRecord, type RecordsFile } from "../schema/index.js";
import { genericCompareSchema, type GenericCompareFile, type RowPair } from "../schema/compare.js";
import type { Quantity } from "../types/index.js";
import { assign, sharingBigrams } from "./assign.js";
import { quantityChange } from "./quantity-changes.js";
import { bigramDice } from "./similarity.js";
import { InputError } from "../errors.js";

/** Rows whose labels score below this are not the same row (see rowSimilarity). */
export const MIN_ROW_SCORE = 0.6;
/** A cell is a number when one quantity covers it but for this many characters (a unit the parser left out). */
const NUMBER_SLACK_CHARS = 2;

/**
 * Two editions of a generic table (one record per row, fields by header label), row by row: rows are named by
 * their key columns — the columns that hold mostly text rather than numbers, i.e. the row headers (財政力指数,
 * 経常収支比率 …) — and paired by that name, exactly first, then by similarity; for every column both editions
 * have (令和元年度, 令和2年度 …) each row's old and new values and, for numbers, the difference.
 */
export function compareTables(oldFile: RecordsFile, newFile: RecordsFile): GenericCompareFile {
  for (const f of [oldFile, newFile]) {
    if (f.profile !== "generic") throw new InputError(`${f.source.file}: compareTables() reads generic records (this file has ${f.profile} records: see compare())`, "bad-option");
  }
  const o = oldFile.records as GenericRecord[], n = newFile.records as GenericRecord[];
  const oldCols = columnsOf(o), newCols = columnsOf(n);
  const oldKeys = keyColumns(o, oldCols), newKeys = keyColumns(n, newCols);
  const label = (r: GenericRecord, keys: readonly string[]) => keys.map((k) => r.fields[k] ?? "").filter((t) => t !== "").join(" / ");
  const oldLabels = o.map((r) => label(r, oldKeys)), newLabels = n.map((r) => label(r, newKeys));
  const oldNames = oldLabels.map(keyText), newNames = newLabels.map(keyText);

  // Equal names first, in order (a name listed twice pairs first with first); then the rest by similarity.
  const byKey: { old: number; new: number }[] = [];
  const usedNew = new Set<number>(), usedOld = new Set<number>();
  const queues = new Map<string, number[]>();
  newNames.forEach((name, j) => { if (name !== "") queues.set(name, [...(queues.get(name) ?? []), j]); });
  oldNames.forEach((name, i) => {
    const j = queues.get(name)?.shift();
    if (j !== undefined) { byKey.push({ old: i, new: j }); usedNew.add(j); usedOld.add(i); }
  });
  const restOld = o.map((_, i) => i).filter((i) => !usedOld.has(i));
  const restNew = n.map((_, j) => j).filter((j) => !usedNew.has(j));
  const rest = assign(restOld, restNew, (i, j) => {
    const s = rowSimilarity(oldNames[i]!, newNames[j]!);
    return s >= MIN_ROW_SCORE ? s : null;
  }, sharingBigrams(oldNames, newNames.map((name, j) => (usedNew.has(j) ? null : name))));

  const valueCols = [...new Set([...oldCols.filter((c) => !oldKeys.includes(c)), ...newCols.filter((c) => !newKeys.includes(c))])];
  const rows: RowPair[] = [
    ...byKey.map((p) => ({ ...p, match: "key" as const, score: 1 })),
    ...rest.pairs.map((p) => ({ ...p, match: "similarity" as const })),
  ].sort((a, b) => a.new - b.new).map((p) => {
    const values = valueCols.map((column) => valueChange(column, o[p.old]!.fields, n[p.new]!.fields));
    return {
      oldId: o[p.old]!.id, newId: n[p.new]!.id, oldLabel: oldLabels[p.old]!, newLabel: newLabels[p.new]!,
      match: p.match, score: p.score, changed: values.some((v) => v.changed) || oldNames[p.old] !== newNames[p.new], values,
    };
  });
  const edition = (f: RecordsFile) => ({ file: f.source.file, sha256: f.source.sha256, document: { ...f.document }, records: f.records.length });
  const ambiguous = rest.ambiguous.map((a) => {
    const [ids, labels, otherIds, otherLabels] = a.side === "old" ? [o, oldLabels, n, newLabels] : [n, newLabels, o, oldLabels];
    return { side: a.side, id: ids[a.index]!.id, item: labels[a.index]!, candidates: a.candidates.map((c) => ({ id: otherIds[c.index]!.id, item: otherLabels[c.index]!, score: c.score })) };
  });
  return genericCompareSchema.parse({
    schemaVersion: SCHEMA_VERSION, profile: "generic", old: edition(oldFile), new: edition(newFile),
    keyColumns: { old: oldKeys, new: newKeys },
    columns: { common: oldCols.filter((c) => newCols.includes(c)), onlyOld: oldCols.filter((c) => !newCols.includes(c)), onlyNew: newCols.filter((c) => !oldCols.includes(c)) },
    summary: {
      paired: rows.length, pairedByKey: byKey.length, pairedBySimilarity: rest.pairs.length, changed: rows.filter((r) => r.changed).length,
      added: rest.added.length, removed: rest.removed.length, ambiguous: ambiguous.length,
      changedValues: rows.reduce((s, r) => s + r.values.filter((v) => v.changed).length, 0),
    },
    rows,
    added: rest.added.map((j) => ({ id: n[j]!.id, label: newLabels[j]! })),
    removed: rest.removed.map((i) => ({ id: o[i]!.id, label: oldLabels[i]! })),
    ambiguous,
  });
}

/**
 * Similarity of two row names: the Dice coefficient of their bigrams, or, when one name contains the other
 * (a later edition adds a qualifier: 実質収支比率 → 実質収支比率(標準財政規模比)), at least 0.5 plus half the
 * share of the longer name that the shorter covers.
 */
export function rowSimilarity(a: string, b: string): number {
  const dice = bigramDice(a, b);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && long.includes(short) ? Math.max(dice, 0.5 + (0.5 * short.length) / long.length) : dice;
}

function columnsOf(recs: readonly GenericRecord[]): string[] {
  return [...new Set(recs.flatMap((r) => Object.keys(r.fields)))];
}

/** The columns holding mostly text (row headers); the first column when every column holds numbers. */
function keyColumns(recs: readonly GenericRecord[], cols: readonly string[]): string[] {
  const keys = cols.filter((c) => {
    const texts = recs.map((r) => (r.fields[c] ?? "").trim()).filter((t) => t !== "");
    return texts.length > 0 && texts.filter((t) => asNumber(t) !== null).length < texts.length / 2;
  });
  return keys.length > 0 ? keys : cols.slice(0, 1);
}

function asNumber(text: string): Quantity | null {
  const qs = parseQuantities(text);
  const bare = (s: string) => s.replace(/\s+/g, "").length;
  return qs.length === 1 && bare(text) - bare(qs[0]!.raw) <= NUMBER_SLACK_CHARS ? qs[0]! : null;
}

function valueChange(column: string, o: Readonly<Record<string, string>>, n: Readonly<Record<string, string>>): RowPair["values"][number] {
  const a = column in o ? o[column]! : null, b = column in n ? n[column]! : null;
  const qa = a === null ? null : asNumber(a), qb = b === null ? null : asNumber(b);
  return {
    column, old: a, new: b,
    quantity: qa && qb ? quantityChange(column, qa, qb) : null,
    changed: a !== null && b !== null && a.replace(/\s+/g, "") !== b.replace(/\s+/g, ""),
  };
}

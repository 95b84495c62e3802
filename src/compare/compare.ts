import { InputError } from "../errors.js";
import { SCHEMA_VERSION, type HyoRecord, type RecordsFile } from "../schema/index.js";
import { gyoseiCompareSchema, type CompareFile, type ComparePair } from "../schema/compare.js";
import { pairRecords } from "./pair-records.js";
import { recordChanges } from "./record-changes.js";

/** One edition: a records file written by hyo (or returned by convert()), or its records alone. */
export type Edition = RecordsFile | readonly HyoRecord[];

const GRADES = ["A", "B", "C", "D", "none"] as const;

/**
 * Two editions of a gyosei-kaikaku report, record by record: which items are the same (by key, then by
 * similarity), what changed in each, which were added, removed or left ambiguous. Pure: reads nothing,
 * writes nothing; the result is validated by `compareSchema`.
 */
export function compare(oldEdition: Edition, newEdition: Edition): CompareFile {
  const o = recordsOf(oldEdition, "old"), n = recordsOf(newEdition, "new");
  const pairing = pairRecords(o.records, n.records);
  const pairs = pairing.pairs.map((p) => recordChanges(o.records[p.old]!, n.records[p.new]!, p.match, p.score));
  const lone = (r: HyoRecord) => ({ id: r.id, key: r.key, topic: r.topic, item: r.item, grade: r.grade });
  const ambiguous = pairing.ambiguous.map((a) => {
    const [mine, theirs] = a.side === "old" ? [o.records, n.records] : [n.records, o.records];
    return { side: a.side, id: mine[a.index]!.id, item: mine[a.index]!.item, candidates: a.candidates.map((c) => ({ id: theirs[c.index]!.id, item: theirs[c.index]!.item, score: c.score })) };
  });
  const added = pairing.added.map((j) => lone(n.records[j]!));
  const removed = pairing.removed.map((i) => lone(o.records[i]!));
  return gyoseiCompareSchema.parse({
    schemaVersion: SCHEMA_VERSION, profile: "gyosei-kaikaku",
    old: o.edition, new: n.edition,
    summary: summarize(pairs, added.length, removed.length, ambiguous.length),
    pairs, added, removed, ambiguous,
  });
}

function recordsOf(e: Edition, which: string): { records: readonly HyoRecord[]; edition: CompareFile["old"] } {
  if (Array.isArray(e)) {
    const records = e as readonly HyoRecord[];
    return { records, edition: { file: which, sha256: null, document: { title: null, municipality: null, published: null, fiscalYear: null }, records: records.length } };
  }
  const file = e as RecordsFile;
  if (file.profile !== "gyosei-kaikaku") throw new InputError(`${file.source.file}: compare() reads gyosei-kaikaku records (this file has ${file.profile} records: see compareTables())`, "bad-option");
  const records = file.records as HyoRecord[];
  return { records, edition: { file: file.source.file, sha256: file.source.sha256, document: { ...file.document }, records: records.length } };
}

function summarize(pairs: readonly ComparePair[], added: number, removed: number, ambiguous: number): CompareFile["summary"] {
  const row = () => Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<(typeof GRADES)[number], number>;
  const gradeMatrix = Object.fromEntries(GRADES.map((g) => [g, row()])) as CompareFile["summary"]["gradeMatrix"];
  for (const p of pairs) gradeMatrix[p.grade.old ?? "none"][p.grade.new ?? "none"]++;
  const count = (f: (p: ComparePair) => boolean) => pairs.filter(f).length;
  return {
    paired: pairs.length,
    pairedByKey: count((p) => p.match === "key"),
    pairedBySimilarity: count((p) => p.match === "similarity"),
    unchanged: count((p) => p.status === "unchanged"),
    changed: count((p) => p.status === "changed"),
    moved: count((p) => p.moved !== null),
    added, removed, ambiguous,
    gradeImproved: count((p) => p.grade.change === "improved"),
    gradeWorsened: count((p) => p.grade.change === "worsened"),
    newlyMissed: count(isNewlyMissed),
    gradeMatrix,
  };
}

export const isNewlyMissed = (p: ComparePair) => p.evaluations.some((e) => e.change === "newly-missed");

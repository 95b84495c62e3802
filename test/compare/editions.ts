import { readFileSync } from "node:fs";
import { convert, recordsFileOf } from "../../src/index.js";
import type { RecordsFile } from "../../src/schema/index.js";

/** The truth of a derived pair of editions (scripts/next-edition/derive.ts writes it). */
export interface ChangesTruth {
  oldPdf: string; newPdf: string;
  pairs: {
    oldId: string; newId: string; keyKept: boolean; moved: { from: string; to: string } | null;
    grade: { old: string; new: string };
    numbers: { field: string; old: { raw: string; value: number }; new: { raw: string; value: number }; unit: string }[];
  }[];
  removed: { oldId: string }[];
  added: { newId: string }[];
}

export const PAIR = "fixtures/compare/r2-r3.changes.json";
export const SEALED_PAIR = "fixtures/compare/sealed/r2-r3-sealed.changes.json";

export function loadChanges(file: string): ChangesTruth {
  return JSON.parse(readFileSync(file, "utf8")) as ChangesTruth;
}

export async function convertEditions(t: ChangesTruth): Promise<[RecordsFile, RecordsFile]> {
  const read = async (f: string) => recordsFileOf(await convert(new Uint8Array(readFileSync(f)), { fileName: f.split("/").pop()! }));
  return [await read(t.oldPdf), await read(t.newPdf)];
}

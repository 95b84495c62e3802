import path from "node:path";
import type { ConvertResult } from "../pipeline/convert.js";
import { writeChunksAtomic, writeFileAtomic } from "./atomic-write.js";
import { jsonChunks } from "./json-lines.js";
import { quantitiesCsv } from "./quantities-csv.js";
import { recordsCsv } from "./records-csv.js";

/** output/<stem>/{records.json, records.csv, quantities.csv, tables.json}, each written atomically. Returns the paths written. */
export async function writeOutputs(result: ConvertResult, outDir: string): Promise<string[]> {
  const files: [string, string | Iterable<string>][] = [
    ["records.json", jsonFile(result.records)],
    ["records.csv", recordsCsv(result.records)],
    ["quantities.csv", quantitiesCsv(result.records)],
    ["tables.json", jsonFile(result.tables)],
  ];
  const written: string[] = [];
  for (const [name, data] of files) {
    const file = path.join(outDir, name);
    await (typeof data === "string" ? writeFileAtomic(file, data) : writeChunksAtomic(file, data));
    written.push(file);
  }
  return written;
}

function* jsonFile(value: unknown): Generator<string> {
  yield* jsonChunks(value);
  yield "\n";
}

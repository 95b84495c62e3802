import path from "node:path";
import type { ConvertResult } from "../pipeline/convert.js";
import { writeFileAtomic } from "./atomic-write.js";
import { quantitiesCsv } from "./quantities-csv.js";
import { recordsCsv } from "./records-csv.js";

/** output/<stem>/{records.json, records.csv, quantities.csv, tables.json}, each written atomically. Returns the paths written. */
export async function writeOutputs(result: ConvertResult, outDir: string): Promise<string[]> {
  const files: [string, string][] = [
    ["records.json", JSON.stringify(result.records, null, 2) + "\n"],
    ["records.csv", recordsCsv(result.records)],
    ["tables.json", JSON.stringify(result.tables, null, 2) + "\n"],
  ];
  const quantities = quantitiesCsv(result.records);
  if (quantities !== null) files.splice(2, 0, ["quantities.csv", quantities]);
  const written: string[] = [];
  for (const [name, data] of files) {
    const file = path.join(outDir, name);
    await writeFileAtomic(file, data);
    written.push(file);
  }
  return written;
}

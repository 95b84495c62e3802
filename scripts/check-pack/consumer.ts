// A project that depends on hyo's packed tarball: compiled with strict and skipLibCheck false (check-pack.sh),
// it converts the sample and writes every file through the library.
import { readFile, readdir } from "node:fs/promises";
import { convert, jsonSchemaOf, renderReport, SCHEMA_NAMES, stopPdfjsThread, writeOutputs, type ConvertResult, type HyoRecord, type Warning } from "hyo";

const [pdfPath, outDir] = process.argv.slice(2);
if (!pdfPath || !outDir) throw new Error("usage: node consumer.js <file.pdf> <out dir>");

const pdf = new Uint8Array(await readFile(pdfPath));
const result: ConvertResult = await convert(pdf, { fileName: "r2-lines.pdf" });
if (result.profile !== "gyosei-kaikaku") throw new Error(`expected the gyosei-kaikaku profile, got ${result.profile}`);
const records: HyoRecord[] = result.records;
const warnings: readonly Warning[] = result.warnings;
const written = await writeOutputs(result, outDir, { csvHeaders: "ja", pdf });
const html = await renderReport(result);
const names = (await readdir(outDir)).sort();
const expected = ["quantities.csv", "records.csv", "records.json", "review.html", "tables.json"];
if (names.join() !== expected.join()) throw new Error(`wrote ${names.join(", ")}, expected ${expected.join(", ")}`);
if (!html?.startsWith("<!doctype html>")) throw new Error("renderReport gave no HTML");
if (SCHEMA_NAMES.some((n) => typeof jsonSchemaOf(n).$id !== "string")) throw new Error("a schema without $id");
console.log(`${records.length} records, ${result.quantities.length} quantities, ${result.tables.length} tables, ${warnings.length} warnings; wrote ${written.length} files`);
await stopPdfjsThread();

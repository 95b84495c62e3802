import { readFile } from "node:fs/promises";
import path from "node:path";
import type { CliArgs } from "./cli-args.js";
import { InputError } from "./errors.js";
import type { HyoRecord, RecordsFile } from "./schema/index.js";

const log = (msg: string) => process.stderr.write(`hyo: ${msg}\n`);

/** `hyo compare OLD NEW --out DIR`: each edition a PDF (converted here) or a records.json, two gyosei-kaikaku editions or two generic tables; writes compare.{json,csv,html}. */
export async function runCompare(args: CliArgs): Promise<number> {
  const started = Date.now();
  const [oldFile, newFile] = args.inputs as [string, string];
  // Both files read, and the JSON ones checked, before any conversion starts: a bad input fails at once.
  const inputs = await Promise.all([oldFile, newFile].map(async (f) => {
    const bytes = await readFile(f).catch(() => { throw new InputError(`${f}: no such file`, "not-found"); });
    return /\.json$/i.test(f) ? { f, records: await parseRecordsFile(f, bytes) } : { f, bytes };
  }));
  // Both editions at once: pdfjs parses on its own thread, so the second file's pages overlap the first's tables.
  const [oldEd, newEd] = await Promise.all(inputs.map((i) => ("records" in i ? i.records : convertPdf(i.f, i.bytes, args)))) as [RecordsFile, RecordsFile];
  const [{ compare, compareTables }, { compareCsv }, { renderCompare }, { renderCompareTables }, { writeFileAtomic }] = await Promise.all([
    import("./compare/index.js"), import("./output/compare-csv.js"), import("./report/compare/render-compare.js"),
    import("./report/compare/render-compare-tables.js"), import("./output/atomic-write.js"),
  ]);
  // The PDFs are closed: the parser thread goes now rather than at exit (two records.json never start it).
  if (inputs.some((i) => !("records" in i))) (await import("./pdf/worker-thread.js")).stopPdfjsThread().catch(() => undefined);
  // Two generic tables are compared row by row; anything else must be two gyosei-kaikaku editions.
  const comparison = oldEd.profile === "generic" && newEd.profile === "generic" ? compareTables(oldEd, newEd) : compare(oldEd, newEd);
  const written = [path.join(args.out, "compare.json"), path.join(args.out, "compare.csv")];
  await writeFileAtomic(written[0]!, JSON.stringify(comparison, null, 1) + "\n");
  await writeFileAtomic(written[1]!, compareCsv(comparison));
  if (args.report) {
    written.push(path.join(args.out, "compare.html"));
    const generatedAt = new Date().toISOString();
    const html = comparison.profile === "generic" ? renderCompareTables(comparison, generatedAt)
      : renderCompare({ comparison, oldRecords: oldEd.records as HyoRecord[], newRecords: newEd.records as HyoRecord[], generatedAt });
    await writeFileAtomic(written[2]!, html);
  }
  const s = comparison.summary;
  const detail = comparison.profile === "generic" ? `${comparison.summary.changedValues} values changed`
    : `grades ${comparison.summary.gradeImproved} improved, ${comparison.summary.gradeWorsened} worsened`;
  log(`${s.paired} paired (${s.pairedBySimilarity} by similarity${comparison.profile === "generic" ? "" : `, ${comparison.summary.moved} moved`}), ` +
    `${s.added} added, ${s.removed} removed, ${s.ambiguous} ambiguous; ${detail} → ${written.join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

/** A PDF converted in memory (no report, no files written). */
async function convertPdf(file: string, bytes: Buffer, args: CliArgs): Promise<RecordsFile> {
  const [{ convert }, { recordsFileOf }] = await Promise.all([import("./pipeline/convert.js"), import("./pipeline/result.js")]);
  const result = await convert(new Uint8Array(bytes), { fileName: path.basename(file), ocr: args.ocr, profile: args.profile, password: args.password });
  for (const w of result.warnings) log(`${path.basename(file)}: warning: ${w.message}`);
  return recordsFileOf(result);
}

/** A .json edition must be a records file written by hyo. */
async function parseRecordsFile(file: string, bytes: Buffer): Promise<RecordsFile> {
  let json: unknown;
  try { json = JSON.parse(bytes.toString("utf8")); } catch { throw new InputError(`${file}: not JSON`, "bad-option"); }
  const [{ RecordsFileSchema }, { recordKey }] = await Promise.all([import("./schema/index.js"), import("./profile/record-key.js")]);
  // A records.json written before records had keys gets them here, the way the pipeline makes them.
  const keys = new Map<string, number>();
  const withKeys = (json as { profile?: unknown; records?: unknown })?.profile === "gyosei-kaikaku" && Array.isArray((json as { records: unknown[] }).records)
    ? { ...(json as object), records: (json as { records: Record<string, unknown>[] }).records.map((r) => (typeof r?.key === "string" ? r : { ...r, key: recordKey(String(r?.topic ?? ""), String(r?.item ?? ""), keys) })) }
    : json;
  const parsed = RecordsFileSchema.safeParse(withKeys);
  if (!parsed.success) throw new InputError(`${file}: not a records.json written by hyo`, "bad-option");
  return parsed.data;
}

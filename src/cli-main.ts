import { readdir, readFile, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pLimit from "p-limit";
import { parseArgs, USAGE, type CliArgs } from "./cli-args.js";
import { InputError } from "./errors.js";
import { writeOutputs } from "./output/write-outputs.js";
import type { Corrections } from "./report/corrections.js";
import type { ProfileFile } from "./profile/profile-file.js";
import { stopPdfjsThread } from "./pdf/worker-thread.js";
import { convert } from "./pipeline/convert.js";

// The report, the debug overlays, the corrections' and output schemas are imported where they are used: a plain
// conversion does not load them (or zod) before the PDF parser has its first pages (see pipeline/convert.ts).

const log = (msg: string) => process.stderr.write(`hyo: ${msg}\n`);
/** The --profile file's content, read and validated once for every file converted. */
let customProfile: ProfileFile | undefined;

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === "help") { process.stdout.write(USAGE + "\n"); return 0; }
  if (args.command === "version") {
    const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    process.stdout.write(pkg.version + "\n");
    return 0;
  }
  if (args.command === "schema" && args.inputs[0] === "profile") {
    const { profileJsonSchema } = await import("./profile/profile-json-schema.js");
    process.stdout.write(JSON.stringify(profileJsonSchema(), null, 2) + "\n");
    return 0;
  }
  if (args.command === "schema") {
    const { outputJsonSchema } = await import("./schema/index.js");
    process.stdout.write(JSON.stringify(outputJsonSchema(), null, 2) + "\n");
    return 0;
  }

  const files = await expandInputs(args.inputs);
  const corrections = args.corrections === undefined ? undefined : await readCorrections(args.corrections);
  if (args.profileFile !== undefined) {
    const { readProfileFile } = await import("./profile/read-profile-file.js");
    customProfile = await readProfileFile(args.profileFile);
  }
  const jobs = Math.min(files.length, args.jobs ?? Math.max(1, Math.min(os.availableParallelism(), 4)));
  const limit = pLimit(jobs);
  // Files converted at once share the cores: each gets its share of OCR workers.
  const ocrWorkers = Math.max(1, Math.min(4, Math.floor(os.availableParallelism() / jobs)));
  const results = await Promise.all(files.map((f) => limit(() => convertFile(f, args, files.length > 1, corrections, ocrWorkers))));
  const failed = results.filter((r) => r !== 0);
  if (files.length > 1) log(`${files.length - failed.length}/${files.length} files converted${failed.length ? `, ${failed.length} failed` : ""}`);
  if (failed.length === 0) return 0;
  return files.length === 1 ? failed[0]! : 1;
}

async function readCorrections(file: string): Promise<Corrections> {
  const text = await readFile(file, "utf8").catch(() => { throw new InputError(`${file}: cannot read the corrections file`, "not-found"); });
  let json: unknown;
  try { json = JSON.parse(text); } catch { throw new InputError(`${file}: the corrections file is not JSON`, "bad-option"); }
  const { CorrectionsSchema } = await import("./report/corrections.js");
  const parsed = CorrectionsSchema.safeParse(json);
  if (!parsed.success) throw new InputError(`${file}: not a corrections file (expected [{recordId, field, value, reviewedAt}])`, "bad-option");
  return parsed.data;
}

async function convertFile(file: string, args: CliArgs, batch: boolean, corrections: Corrections | undefined, ocrWorkers: number): Promise<number> {
  const name = path.basename(file);
  const started = Date.now();
  try {
    const bytes = new Uint8Array(await readFile(file));
    const result = await convert(bytes, { fileName: name, ocr: args.ocr, ocrWorkers, profile: args.profile, password: args.password, corrections, ...(customProfile ? { customProfile } : {}) }, (e) => {
      if (e.kind === "page") {
        const layer = e.verdict === "usable" ? "" : `, text layer ${e.verdict}`;
        const ocr = e.ocr ? `, OCR ${e.ocr.seconds.toFixed(1)} s${Math.abs(e.ocr.skewDeg) >= 0.05 ? `, deskewed ${e.ocr.skewDeg.toFixed(2)}°` : ""}` : "";
        log(`${name}: page ${e.pageNo}/${e.pageCount} (${e.tables} table${e.tables === 1 ? "" : "s"}${layer}${ocr})`);
      } else if (e.stage === "records" && !batch && !args.report && !args.debug) {
        // The PDF is closed and this run opens no other: the parser thread goes now, while the records are
        // built, instead of being torn down at exit (tens of ms at the end of a short run).
        stopPdfjsThread().catch(() => undefined);
      }
    });
    const outDir = path.join(args.out, path.basename(file, path.extname(file)));
    const written = await writeOutputs(result, outDir);
    if (args.report) {
      const { writeReport } = await import("./output/write-report.js");
      const report = await writeReport(result, bytes, outDir, args.password);
      if (report) written.push(report);
    }
    if (args.debug) written.push(...await writeDebug(bytes, args.password, outDir));
    for (const w of result.records.warnings) log(`${name}: warning: ${w}`);
    log(`${name}: ${result.records.records.length} records (${result.records.profile}) → ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (err) {
    if (err instanceof InputError) { log(`${name}: ${err.message}`); return batch ? 1 : 2; }
    log(`${name}: internal error: ${(err as Error).message}${args.verbose ? `\n${(err as Error).stack}` : " (--verbose for details)"}`);
    return 1;
  }
}

async function writeDebug(bytes: Uint8Array, password: string | undefined, outDir: string): Promise<string[]> {
  const [{ openPdf, readPage }, { writeDebugOverlay }] = await Promise.all([import("./pdf/index.js"), import("./output/debug-overlay.js")]);
  const pdf = await openPdf(bytes, { password });
  try {
    const out: string[] = [];
    for (let p = 1; p <= pdf.pageCount; p++) out.push(await writeDebugOverlay(pdf, await readPage(pdf, p), outDir));
    return out;
  } finally {
    await pdf.close();
  }
}

/** Files as given, folders as the PDFs inside them (sorted, recursive). */
async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const st = await stat(input).catch(() => null);
    if (!st) throw new InputError(`${input}: no such file or folder`, "not-found");
    if (st.isDirectory()) {
      const entries = await readdir(input, { recursive: true });
      const pdfs = entries.filter((e) => /\.pdf$/i.test(e)).sort().map((e) => path.join(input, e));
      if (pdfs.length === 0) throw new InputError(`${input}: no PDF files in this folder`, "not-found");
      out.push(...pdfs);
    } else out.push(input);
  }
  return out;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    if (err instanceof InputError) { log(err.message); process.exitCode = 2; return; }
    log(`internal error: ${(err as Error).message}`);
    process.exitCode = 1;
  },
);

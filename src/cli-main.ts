import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pLimit from "p-limit";
import { parseArgs, type CliArgs } from "./cli-args.js";
import { helpText } from "./cli-help.js";
import { InputError } from "./errors.js";
import { writeOutputs } from "./output/write-outputs.js";
import type { CorrectionSet } from "./report/corrections.js";
import type { ProfileFile } from "./profile/profile-file.js";
import { correctionsLine, countReview, reviewLine, sumReview, type ReviewCount } from "./review/summary.js";
import { stopPdfjsThread } from "./pdf/worker-thread.js";
import { convert } from "./pipeline/convert.js";

// The report, the debug overlays, the corrections' and output schemas are imported where they are used: a plain
// conversion does not load them (or zod) before the PDF parser has its first pages (see pipeline/convert.ts).

const log = (msg: string) => process.stderr.write(`hyo: ${msg}\n`);
/** The --profile file's content, read and validated once for every file converted. */
let customProfile: ProfileFile | undefined;

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === "help") { process.stdout.write(helpText(args.helpFor) + "\n"); return 0; }
  if (args.command === "version") {
    const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    process.stdout.write(pkg.version + "\n");
    return 0;
  }
  if (args.command === "compare") return (await import("./cli-compare.js")).runCompare(args);
  if (args.command === "schema") {
    const { schemaCommand } = await import("./schema/schema-command.js");
    process.stdout.write(schemaCommand(args.inputs));
    return 0;
  }

  const files = await expandInputs(args.inputs);
  const corrections = args.corrections === undefined ? files.map(() => undefined) : await correctionsPerFile(args.corrections, files, args.forceCorrections);
  if (args.profileFile !== undefined) {
    const { readProfileFile } = await import("./profile/read-profile-file.js");
    customProfile = await readProfileFile(args.profileFile);
  }
  const jobs = Math.min(files.length, args.jobs ?? Math.max(1, Math.min(os.availableParallelism(), 4)));
  const limit = pLimit(jobs);
  // Files converted at once share the cores: each gets its share of OCR workers.
  const ocrWorkers = Math.max(1, Math.min(4, Math.floor(os.availableParallelism() / jobs)));
  const results = await Promise.all(files.map((f, i) => limit(() => convertFile(f, args, files.length > 1, corrections[i], ocrWorkers))));
  const failed = results.filter((r) => r.code !== 0);
  if (files.length > 1) {
    log(`${files.length - failed.length}/${files.length} files converted${failed.length ? `, ${failed.length} failed` : ""}`);
    const counts = results.flatMap((r) => (r.review ? [r.review] : []));
    if (counts.length) log(`${reviewLine(sumReview(counts))} in ${counts.length} files (each file's line above says which review.html to open)`);
  }
  if (failed.length === 0) return 0;
  return files.length === 1 ? failed[0]!.code : 1;
}

/** The corrections file read and matched to the files by SHA-256 (InputError when it fits none of them). */
async function correctionsPerFile(file: string, files: readonly string[], force: boolean): Promise<(CorrectionSet | undefined)[]> {
  const text = await readFile(file, "utf8").catch(() => { throw new InputError(`${file}: cannot read the corrections file`, "not-found"); });
  const { parseCorrections, assignCorrections } = await import("./report/assign-corrections.js");
  const loaded = parseCorrections(file, text);
  const docs = await Promise.all(files.map(async (f) => ({ name: path.basename(f), sha256: createHash("sha256").update(await readFile(f).catch(() => new Uint8Array())).digest("hex") })));
  return assignCorrections(loaded, docs, force);
}

async function convertFile(file: string, args: CliArgs, batch: boolean, corrections: CorrectionSet | undefined, ocrWorkers: number): Promise<{ code: number; review?: ReviewCount }> {
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
    const written = await writeOutputs(result, outDir, {
      csvHeaders: args.csvHeaders, password: args.password, reportImages: args.reportImages,
      ...(args.report ? { pdf: bytes } : {}), ...(corrections ? { corrections } : {}),
    });
    if (args.debug) written.push(...await writeDebug(bytes, args.password, outDir));
    for (const w of result.warnings) if (w.code !== "corrections/not-applied") log(`${name}: warning: ${w.message} [${w.code}]`);
    log(`${name}: ${result.records.length} records (${result.profile}) → ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (result.corrections) log(`${name}: ${correctionsLine(result.corrections)}`);
    const review = countReview(result.records);
    log(`${name}: ${reviewLine(review, written.find((w) => w.endsWith("review.html")) ?? outDir)}`);
    return { code: 0, review };
  } catch (err) {
    if (err instanceof InputError) { log(`${name}: ${err.message}`); return { code: batch ? 1 : 2 }; }
    log(`${name}: internal error: ${(err as Error).message}${args.verbose ? `\n${(err as Error).stack}` : " (--verbose for details)"}`);
    return { code: 1 };
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

import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pLimit from "p-limit";
import { convertInChild, exitWithParent, reportToParent } from "./batch-child.js";
import { startWatchdog } from "./budget-watchdog.js";
import { parseArgs, type CliArgs } from "./cli-args.js";
import { helpText } from "./cli-help.js";
import { escapeForTerminal } from "./cli-messages.js";
import { pageLineFilter } from "./cli-progress.js";
import { InputError } from "./errors.js";
import { expandInputs, readInputFile, type InputFile } from "./input-files.js";
import { prepareOutRoot, writeOutputSet } from "./output/output-set.js";
import { writeOutputFiles } from "./output/write-files.js";
import { BUDGETS, resolveBudgets, type Budgets } from "./pipeline/budgets.js";
import type { CorrectionSet } from "./report/corrections.js";
import type { ProfileFile } from "./profile/profile-file.js";
import { correctionsLine, countReview, reviewLine, sumReview, type ReviewCount } from "./review/summary.js";
import { stopPdfjsThread } from "./pdf/worker-thread.js";
import { convertDocument } from "./pipeline/convert-document.js";
import { pushAll } from "./util/arrays.js";

// The report, the debug overlays, the corrections' and output schemas are imported where they are used: a plain
// conversion does not load them (or zod) before the PDF parser has its first pages (see pipeline/convert.ts).

const log = (msg: string) => process.stderr.write(`hyo: ${escapeForTerminal(msg)}\n`);
/** The --profile file's content, read and validated once for every file converted. */
let customProfile: ProfileFile | undefined;

/** Set in the child process that converts one file of a batch (batch-child.ts): its output folder, label, OCR workers. */
const CHILD_ENV = { outName: "HYO_OUTPUT_NAME", label: "HYO_LABEL", ocrWorkers: "HYO_OCR_WORKERS", password: "HYO_PASSWORD" } as const;

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

  // --out first: a file in the way or a read-only mount ends the run before any work.
  await prepareOutRoot(args.out);
  const budgets = resolveBudgets(args.limits);
  const files = await expandInputs(args.inputs);
  const corrections = args.corrections === undefined ? files.map(() => undefined) : await correctionsPerFile(args.corrections, files, args.forceCorrections, budgets);
  if (args.profileFile !== undefined) {
    const { readProfileFile } = await import("./profile/read-profile-file.js");
    customProfile = await readProfileFile(args.profileFile);
  }
  const jobs = Math.min(files.length, args.jobs ?? Math.max(1, Math.min(os.availableParallelism(), 4)));
  const limit = pLimit(jobs);
  // Files converted at once share the cores: each gets its share of OCR workers.
  const ocrWorkers = Math.max(1, Math.min(4, Math.floor(os.availableParallelism() / jobs)));
  const results = files.length === 1
    ? [await convertAlone(childInput() ?? files[0]!, args, budgets, corrections[0], Number(process.env[CHILD_ENV.ocrWorkers]) || ocrWorkers)]
    : await Promise.all(files.map((f, i) => limit(() => convertIsolated(f, args, budgets, corrections[i] !== undefined, ocrWorkers))));
  const failed = results.filter((r) => r.code !== 0);
  if (files.length > 1) {
    log(`${files.length - failed.length}/${files.length} files converted${failed.length ? `, ${failed.length} failed` : ""}`);
    const counts = results.flatMap((r) => (r.review ? [r.review] : []));
    if (counts.length) log(`${reviewLine(sumReview(counts))} in ${counts.length} files (each file's line above says which review.html to open)`);
  }
  if (failed.length === 0) return 0;
  return files.length === 1 ? failed[0]!.code : 1;
}

/**
 * The corrections file read and matched to the files by SHA-256 (InputError when it fits none of them). The files
 * are read one at a time, as a conversion reads them (regular files within the size budget); one that cannot be
 * read matches nothing here and fails on its own later.
 */
async function correctionsPerFile(file: string, files: readonly InputFile[], force: boolean, budgets: Budgets): Promise<(CorrectionSet | undefined)[]> {
  const text = await readFile(file, "utf8").catch(() => { throw new InputError(`${file}: cannot read the corrections file`, "not-found"); });
  const { parseCorrections, assignCorrections } = await import("./report/assign-corrections.js");
  const loaded = parseCorrections(file, text);
  const docs: { name: string; sha256: string }[] = [];
  for (const f of files) {
    const bytes = await readInputFile(f.file, budgets["file-mb"] * 2 ** 20).catch(() => new Uint8Array());
    docs.push({ name: f.label, sha256: createHash("sha256").update(bytes).digest("hex") });
  }
  return assignCorrections(loaded, docs, force);
}

/** In a batch's child process: the one input as the parent named it. */
function childInput(): InputFile | undefined {
  const outName = process.env[CHILD_ENV.outName];
  const label = process.env[CHILD_ENV.label];
  return outName && label ? { file: "", outName, label } : undefined;
}

type FileOutcome = { code: number; review?: ReviewCount };

/**
 * One file of a batch, in a process of its own (batch-child.ts); the reason is reported when the child could not
 * say it. `corrected`: the parent matched the corrections file to this file, so the child applies it unasked.
 */
async function convertIsolated(input: InputFile, args: CliArgs, budgets: Budgets, corrected: boolean, ocrWorkers: number): Promise<FileOutcome> {
  // Values inline (--out=DIR): a value starting with "-" is refused as a separate argument.
  const argv = ["convert", input.file, `--out=${args.out}`, `--ocr=${args.ocr}`, `--profile=${args.profileFile ?? args.profile}`, "--jobs=1",
    `--csv-headers=${args.csvHeaders}`, `--report-images=${args.reportImages}`];
  if (corrected && args.corrections !== undefined) argv.push(`--corrections=${args.corrections}`, "--force-corrections");
  if (!args.report) argv.push("--no-report");
  if (args.debug) argv.push("--debug");
  if (args.verbose) argv.push("--verbose");
  for (const [k, v] of Object.entries(args.limits)) argv.push(`--limit=${k}=${v}`);
  const env: NodeJS.ProcessEnv = { [CHILD_ENV.outName]: input.outName, [CHILD_ENV.label]: input.label, [CHILD_ENV.ocrWorkers]: String(ocrWorkers) };
  // The password goes by the environment: not on a command line other users can list.
  if (args.password !== undefined) env[CHILD_ENV.password] = args.password;
  const outcome = await convertInChild(argv, env, { timeS: budgets["time-s"], memoryMb: budgets["memory-mb"] });
  if (outcome.reason) log(`${input.label}: failed: ${outcome.reason}`);
  return { code: outcome.code, ...(outcome.code === 0 && outcome.review ? { review: outcome.review } : {}) };
}

/** One file in this process, under the time budget and memory ceiling; a batch's child reports its review counts to the parent. */
async function convertAlone(input: InputFile, args: CliArgs, budgets: Budgets, corrections: CorrectionSet | undefined, ocrWorkers: number): Promise<FileOutcome> {
  if (childInput()) exitWithParent();
  const stopWatchdog = startWatchdog(input.label, { timeS: budgets["time-s"], memoryMb: budgets["memory-mb"] });
  try {
    const child = childInput() !== undefined;
    const password = args.password ?? (child ? process.env[CHILD_ENV.password] : undefined);
    const outcome = await convertFile({ ...input, file: child ? args.inputs[0]! : input.file }, { ...args, password }, child, budgets, corrections, ocrWorkers);
    if (child && outcome.review) await reportToParent(outcome.review);
    return outcome;
  } finally {
    stopWatchdog();
  }
}

async function convertFile(input: InputFile, args: CliArgs, batch: boolean, budgets: Budgets, corrections: CorrectionSet | undefined, ocrWorkers: number): Promise<FileOutcome> {
  const { file, label } = input;
  const name = path.basename(file);
  const started = Date.now();
  const tellPage = pageLineFilter();
  try {
    const bytes = await readInputFile(file, budgets["file-mb"] * 2 ** 20);
    const libraryBudgets = Object.fromEntries(Object.entries(budgets).filter(([k]) => BUDGETS[k as keyof typeof BUDGETS].library));
    // With a report, the document stays open for its cell images (read through a handle that can draw them).
    const { result, pdf } = await convertDocument(bytes, {
      fileName: name, ocr: args.ocr, ocrWorkers, profile: args.profile, password: args.password, corrections, budgets: libraryBudgets,
      ...(customProfile ? { customProfile } : {}),
    }, (e) => {
      if (e.kind === "page") {
        if (!tellPage(e)) return;
        const layer = e.verdict === "usable" ? "" : `, text layer ${e.verdict}`;
        const ocr = e.ocr ? `, OCR ${e.ocr.seconds.toFixed(1)} s${Math.abs(e.ocr.skewDeg) >= 0.05 ? `, deskewed ${e.ocr.skewDeg.toFixed(2)}°` : ""}` : "";
        log(`${label}: page ${e.pageNo}/${e.pageCount} (${e.tables} table${e.tables === 1 ? "" : "s"}${layer}${ocr})`);
      } else if (e.stage === "records" && !batch && !args.report && !args.debug) {
        // The PDF is closed and this run opens no other: the parser thread goes now, while the records are
        // built, instead of being torn down at exit (tens of ms at the end of a short run).
        stopPdfjsThread().catch(() => undefined);
      }
    }, args.report);
    // Every output of the file is written into a temp folder inside --out and put in place as one set.
    const { dir: outDir, value: written } = await writeOutputSet(args.out, input.outName, async (dir) => {
      const files = await writeOutputFiles(result, dir, {
        csvHeaders: args.csvHeaders, password: args.password, reportImages: args.reportImages,
        ...(args.report ? { pdf: bytes } : {}), ...(corrections ? { corrections } : {}),
      }, pdf);
      if (args.debug) pushAll(files, await writeDebug(bytes, args.password, dir));
      return files.map((f) => path.relative(dir, f));
    }).finally(() => pdf?.close());
    for (const w of result.warnings) if (w.code !== "corrections/not-applied") log(`${label}: warning: ${w.message} [${w.code}]`);
    log(`${label}: ${result.records.length} records (${result.profile}) → ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (result.corrections) log(`${label}: ${correctionsLine(result.corrections)}`);
    const review = countReview(result.records);
    log(`${label}: ${reviewLine(review, written.includes("review.html") ? path.join(outDir, "review.html") : outDir)}`);
    return { code: 0, review };
  } catch (err) {
    if (err instanceof InputError) { log(`${label}: ${err.message}`); return { code: 2 }; }
    log(`${label}: internal error: ${(err as Error).message}${args.verbose ? "" : " (--verbose for details)"}`);
    if (args.verbose) process.stderr.write(`${(err as Error).stack}\n`);
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

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    if (err instanceof InputError) { log(err.message); process.exitCode = 2; return; }
    log(`internal error: ${(err as Error).message}`);
    process.exitCode = 1;
  },
);

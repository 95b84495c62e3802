/**
 * `npm run bench`: accuracy, speed and memory of hyo against its truths and its peers, in one run.
 *
 *   npm run bench [-- --icdar <dir>] [--quick] [--runs N]
 *
 * 1. Every fixture with a truth, converted by the compiled CLI (one process per file, as a user runs it): records
 *    found, fields exact, character error rate, grades, ▲/△ signs, quantities, review flags vs injected defects;
 *    wall time, time to page 1, peak RSS.
 * 2. Peers on the same files in the same run: `pdftotext -layout` (poppler-utils; the raw-text floor) and
 *    pdf-parse's getTable(): truth cells recovered and time, with hyo/peer ratios.
 * 3. ICDAR 2013 table competition (EU part by default, whole pages, official structure measure).
 * 4. Peer suites: Camelot's and pdfplumber's own table tests (../shared/bench/, skipped when absent), sealed part apart.
 * 5. The 200-page fixture: pages/s and peak RSS, and the peers' times on it.
 * Prints tables and writes output/bench.json. --quick leaves out the OCR fixtures and the 200-page file.
 * Text-layer files are timed --runs times (default 5), hyo and its peers taking turns; the median is reported
 * (single runs on a shared 2-core machine vary by ±15 %), peak RSS is the largest seen.
 */
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { scoreAgainstTruth, TRUTH_FIELDS, truthIds, type TruthAccuracy, type TruthRow } from "./bench/scorer/truth-accuracy.js";
import { writeFileAtomic } from "../src/output/atomic-write.js";
import type { HyoRecord, TablesFile } from "../src/schema/index.js";
import { benchIcdar, type IcdarBench } from "./bench/icdar.js";
import { markdownTable as table } from "./bench/markdown-table.js";
import { benchPeerSuites, formatPeerSuites, type PeerSuitesBench } from "./bench/peer-suites.js";
import { ensurePdftotext, runPdfParseTables, runPdftotext, type PeerRun } from "./bench/peers.js";
import { benchReportCost, reportCostBatchLine, reportCostRows } from "./bench/report-cost.js";
import { runCli, type CliRun } from "./bench/run-cli.js";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const icdarArg = args[args.indexOf("--icdar") + 1];
const TIMING_RUNS = args.includes("--runs") ? Math.max(1, Number(args[args.indexOf("--runs") + 1]) || 1) : 5;
const SHARED_ICDAR = "../shared/bench/icdar2013-eu";
const icdarDir = args.includes("--icdar") && icdarArg ? icdarArg : existsSync(SHARED_ICDAR) ? SHARED_ICDAR : "fixtures/icdar";
const SHARED_PEER_SUITES = "../shared/bench";
const OUT = "output/bench";
const truth = (JSON.parse(readFileSync("fixtures/gyosei-kaikaku-r2.truth.json", "utf8")) as { rows: TruthRow[] }).rows;

/** `sealed`: made to be measured, never looked at while tuning (its figures are reported apart). */
interface Fixture { readonly name: string; readonly kind: "text layer" | "OCR"; readonly partOf?: string; readonly sealed?: boolean }
const FIXTURES: readonly Fixture[] = [
  { name: "r2-lines", kind: "text layer" },
  { name: "r2-rects", kind: "text layer" },
  { name: "r2-a4", kind: "text layer" },
  { name: "r2-kangxi", kind: "text layer" },
  { name: "r2-misaligned", kind: "text layer" },
  { name: "r2-chromium", kind: "text layer" },
  // LibreOffice Calc's print of the same table (another producer): one font, one without inner rules, one sealed.
  { name: "lo-calc-gothic", kind: "text layer" },
  { name: "lo-calc-norules", kind: "text layer" },
  { name: "lo-calc-mincho", kind: "text layer", sealed: true },
  ...(quick ? [] : [
    { name: "r2-scan", kind: "OCR" },
    { name: "r2-nounicode", kind: "OCR" },
    { name: "r2-scan-300", kind: "OCR", partOf: "r2-chromium" },
    { name: "r2-chromium-nounicode", kind: "OCR" },
    // LibreOffice's table scanned another way (poppler's rasterizer, a sheet-feeder model): scripts/scan/make-lo-scans.ts.
    { name: "lo-scan-gothic", kind: "OCR" },
    { name: "lo-scan-mincho-sealed", kind: "OCR", sealed: true },
    // LibreOffice's prints without ToUnicode (scripts/nounicode/): the text layer kept, its codes learned by OCR.
    { name: "lo-nounicode-gothic", kind: "OCR" },
    { name: "lo-nounicode-mincho-sealed", kind: "OCR", sealed: true },
  ] as const),
];

const squeeze = (s: string) => s.replace(/\s+/gu, "");
const truthCells = [...new Set(truth.flatMap((r) => TRUTH_FIELDS.map((f) => squeeze(String(r[f] ?? "")))).filter((t) => t !== ""))];
/** Share of the truth's distinct non-empty field values that come out as one cell, whitespace ignored. */
const cellsRecovered = (cells: readonly string[]) => { const have = new Set(cells.map(squeeze)); return truthCells.filter((t) => have.has(t)).length / truthCells.length; };
/** Share of them found anywhere in a text (for peers with no cell structure). */
const textRecovered = (text: string) => { const flat = squeeze(text); return truthCells.filter((t) => flat.includes(t)).length / truthCells.length; };

const readOut = (run: CliRun, name: string) => ({
  records: JSON.parse(readFileSync(path.join(run.outDir, name, "records.json"), "utf8")).records as HyoRecord[],
  tables: JSON.parse(readFileSync(path.join(run.outDir, name, "tables.json"), "utf8")) as TablesFile,
});

const median = (xs: readonly number[]) => { const v = [...xs].sort((a, b) => a - b); return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2; };

interface FixtureResult {
  name: string; kind: string; pages: number; sealed: boolean;
  /** Median wall time and time to page 1 over `runs` runs; the largest peak RSS. */
  run: Omit<CliRun, "stderr" | "outDir"> & { runs: number };
  accuracy: TruthAccuracy; cellsRecovered: number;
  peers: { pdftotext: { seconds: number; textRecovered: number } | null; pdfParse: { seconds: number; cellsRecovered: number; failed?: string } | null };
}

async function benchFixture(f: Fixture, reference: Map<string, HyoRecord[]>): Promise<FixtureResult> {
  const pdf = `fixtures/pdf/${f.name}.pdf`;
  const run = await runCli(pdf, OUT);
  if (run.exitCode !== 0) throw new Error(`${f.name}: hyo exited ${run.exitCode}: ${run.stderr.trim().split("\n").at(-1)}`);
  const { records, tables } = readOut(run, f.name);
  reference.set(f.name, records);
  let rows: readonly TruthRow[] = truth;
  if (f.partOf) {
    // A fixture holding the first pages of another: the truth rows whose records lie wholly on those pages there.
    const pages = tables.source.pages;
    const ids = new Set(reference.get(f.partOf)!.filter((r) => r.source.pages.every((p) => p <= pages)).map((r) => r.id));
    const all = truthIds(truth);
    rows = truth.filter((_, i) => ids.has(all[i]!));
  }
  const cells = tables.tables.flatMap((t) => t.cells.map((c) => c.text));
  const textLayer = f.kind === "text layer";
  const [pdftotext, pdfParse] = textLayer ? [await runPdftotext(pdf), await runPdfParseTables(pdf)] : [null, null];
  const runs = [run], pdftotexts = [pdftotext], pdfParses = [pdfParse];
  for (let i = 1; textLayer && i < TIMING_RUNS; i++) {
    runs.push(await runCli(pdf, OUT));
    pdftotexts.push(await runPdftotext(pdf));
    pdfParses.push(await runPdfParseTables(pdf));
  }
  const timing = {
    exitCode: run.exitCode, seconds: median(runs.map((r) => r.seconds)), firstPageSeconds: median(runs.map((r) => r.firstPageSeconds)),
    peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)), runs: runs.length,
  };
  const peerSeconds = (peerRuns: (PeerRun | null)[]) => median(peerRuns.filter((p): p is PeerRun => p !== null).map((p) => p.seconds));
  return {
    name: f.name, kind: f.kind, pages: tables.source.pages, sealed: f.sealed ?? false, run: timing,
    accuracy: scoreAgainstTruth(records.filter((r) => !f.partOf || truthIds(rows).includes(r.id)), rows),
    cellsRecovered: cellsRecovered(cells),
    peers: {
      pdftotext: pdftotext && { seconds: peerSeconds(pdftotexts), textRecovered: textRecovered(pdftotext.text) },
      pdfParse: pdfParse && (pdfParse.failed
        ? { seconds: Number.NaN, cellsRecovered: 0, failed: pdfParse.failed }
        : { seconds: peerSeconds(pdfParses), cellsRecovered: cellsRecovered((pdfParse as PeerRun).cells ?? []) }),
    },
  };
}

async function benchDefects(): Promise<{ injected: number; flagged: number }> {
  const run = await runCli("fixtures/pdf/r2-defects.pdf", OUT);
  const { records } = readOut(run, "r2-defects");
  const injected = JSON.parse(readFileSync("fixtures/pdf/r2-defects.injected.json", "utf8")) as { row: number; expectedFlag: string }[];
  return { injected: injected.length, flagged: injected.filter((d) => records[d.row]?.flags.some((fl) => fl.code === d.expectedFlag)).length };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const mb = (b: number) => `${Math.round(b / 2 ** 20)} MB`;
const s = (x: number) => `${x.toFixed(2)} s`;

async function main(): Promise<void> {
  if (!existsSync("dist/cli.js")) throw new Error("dist/cli.js is missing: run `npm run build` first (npm run bench does)");
  const machine = { cpu: os.cpus()[0]?.model ?? "?", cores: os.availableParallelism(), memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
  console.log(`hyo bench on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}\n`);
  const started = performance.now();
  if (!(await ensurePdftotext())) console.log("note: pdftotext not found (apt-get install poppler-utils); its columns are empty\n");

  const reference = new Map<string, HyoRecord[]>();
  const fixtures: FixtureResult[] = [];
  for (const f of FIXTURES) {
    process.stderr.write(`bench: ${f.name} …\n`);
    fixtures.push(await benchFixture(f, reference));
  }
  const defects = await benchDefects();
  const reportCost = await benchReportCost(path.join(OUT, "report-cost"), TIMING_RUNS);
  process.stderr.write(`bench: ICDAR 2013 (${icdarDir}) …\n`);
  const icdar: IcdarBench = await benchIcdar(icdarDir, path.join(OUT, "icdar-pred"));
  process.stderr.write("bench: peer suites …\n");
  const peerSuites: PeerSuitesBench = await benchPeerSuites(SHARED_PEER_SUITES, icdarDir);
  let large: { pages: number; seconds: number; pagesPerSecond: number; peakRssBytes: number; pdftotextSeconds: number | null; pdfParseSeconds: number } | null = null;
  if (!quick) {
    process.stderr.write("bench: large-200p …\n");
    const pdf = "fixtures/pdf/large-200p.pdf";
    const run = await runCli(pdf, OUT);
    const [pdftotext, pdfParse] = [await runPdftotext(pdf), await runPdfParseTables(pdf)];
    large = { pages: 200, seconds: run.seconds, pagesPerSecond: 200 / run.seconds, peakRssBytes: run.peakRssBytes, pdftotextSeconds: pdftotext?.seconds ?? null, pdfParseSeconds: pdfParse.seconds };
  }

  console.log("Accuracy against the truth (37 records, 555 fields; r2-scan-300: the rows of its 3 pages)\n");
  console.log(table(["fixture", "read by", "records", "fields exact", "CER", "grades", "▲△ signs", "quantities", "cells recovered"], fixtures.map((f) => {
    const a = f.accuracy;
    return [f.sealed ? `${f.name} (sealed)` : f.name, f.kind, `${a.records.found}/${a.records.expected}`, pct(a.fields.exact / a.fields.total), pct(a.cer.rate), `${a.grades.right}/${a.grades.total}`, `${a.signs.right}/${a.signs.total}`, pct(a.quantities.found / (a.quantities.total || 1)), pct(f.cellsRecovered)];
  })));
  console.log(`\nReview flags on r2-defects.pdf: ${defects.flagged}/${defects.injected} injected defects flagged\n`);
  console.log(`Speed and memory (hyo convert, compiled, one process per file) and the peers on the same files; text-layer files: median of ${TIMING_RUNS} runs each, taking turns\n`);
  console.log(table(["fixture", "pages", "hyo", "pages/s", "to page 1", "peak RSS", "pdftotext -layout", "hyo/pdftotext", "pdf-parse getTable", "hyo/pdf-parse", "cells: hyo", "cells: pdf-parse", "text: pdftotext"], fixtures.map((f) => {
    const pt = f.peers.pdftotext, pp = f.peers.pdfParse;
    return [f.name, String(f.pages), s(f.run.seconds), (f.pages / f.run.seconds).toFixed(2), s(f.run.firstPageSeconds), mb(f.run.peakRssBytes),
      pt ? s(pt.seconds) : "–", pt ? `${(f.run.seconds / pt.seconds).toFixed(1)}×` : "–", pp?.failed ? "crashed" : pp ? s(pp.seconds) : "–", pp && !pp.failed ? `${(f.run.seconds / pp.seconds).toFixed(2)}×` : "–",
      pct(f.cellsRecovered), pp?.failed ? "–" : pp ? pct(pp.cellsRecovered) : "–", pt ? pct(pt.textRecovered) : "–"];
  })));
  for (const f of fixtures) if (f.peers.pdfParse?.failed) console.log(`pdf-parse getTable() crashed on ${f.name}: ${f.peers.pdfParse.failed}`);
  for (const sealed of [false, true]) {
    const ocr = fixtures.filter((f) => f.kind === "OCR" && f.sealed === sealed);
    if (ocr.length) console.log(`\nOCR${sealed ? " (sealed)" : ""}: ${(ocr.reduce((t, f) => t + f.run.seconds, 0) / ocr.reduce((t, f) => t + f.pages, 0)).toFixed(1)} s per page over ${ocr.reduce((t, f) => t + f.pages, 0)} pages (${ocr.map((f) => f.name).join(", ")}), peak RSS up to ${mb(Math.max(...ocr.map((f) => f.run.peakRssBytes)))}`);
  }
  if (large) {
    const peers = [large.pdftotextSeconds !== null ? `pdftotext -layout ${s(large.pdftotextSeconds)} (hyo/pdftotext ${(large.seconds / large.pdftotextSeconds).toFixed(1)}×)` : null, `pdf-parse getTable ${s(large.pdfParseSeconds)} (hyo/pdf-parse ${(large.seconds / large.pdfParseSeconds).toFixed(2)}×)`];
    console.log(`200-page fixture (one run each): hyo ${s(large.seconds)}, ${large.pagesPerSecond.toFixed(1)} pages/s, peak RSS ${mb(large.peakRssBytes)}; ${peers.filter(Boolean).join(", ")}`);
  }
  console.log(`\nreview.html's cost (median of ${reportCost.runs} runs; "report": cell images of the rows that need review, the default)\n`);
  console.log(table(["fixture", "no report", "report", "share", "report, all images", "share", "peak RSS (none / report / all)"], reportCostRows(reportCost)));
  console.log(reportCostBatchLine(reportCost));
  const r = icdar.result;
  console.log(`\nICDAR 2013 (${icdarDir}): ${r.docs} documents, ${icdar.pages} pages, whole pages, official measure, ${s(icdar.seconds)}`);
  console.log(table(["", "precision", "recall", "F1", "tables"], [
    ["micro", r.micro.p.toFixed(4), r.micro.r.toFixed(4), r.micro.f1.toFixed(4), `${r.tables.matched}/${r.tables.gt} found (${r.tables.pred} predicted)`],
    ["document mean", r.docMean.p.toFixed(4), r.docMean.r.toFixed(4), r.docMean.f1.toFixed(4), ""],
    ["ruled tables", "", "", icdar.byRuling.ruled.f1.toFixed(4), String(icdar.byRuling.ruled.tables)],
    ["not fully ruled", "", "", icdar.byRuling.unruled.f1.toFixed(4), String(icdar.byRuling.unruled.tables)],
  ]));
  console.log(`\n${formatPeerSuites(peerSuites)}`);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nbench finished in ${s(seconds)}`);
  await writeFileAtomic("output/bench.json", JSON.stringify({ machine, seconds, fixtures, defects, reportCost, icdar: { dir: icdar.dir, seconds: icdar.seconds, pages: icdar.pages, micro: r.micro, docMean: r.docMean, tables: r.tables, byRuling: icdar.byRuling, perDoc: r.perDoc }, peerSuites, large }, null, 2));
}

await main();
